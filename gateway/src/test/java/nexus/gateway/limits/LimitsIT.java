package nexus.gateway.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nexus.gateway.Downstreams;
import nexus.gateway.GatewayTestBase;
import nexus.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

class LimitsIT extends GatewayTestBase {

	@Test
	void loginIsLimitedPerClientAddressWith429AndRetryAfter() {
		Downstreams.USERS.stubFor(post(urlEqualTo("/api/auth/login")).willReturn(okJson("{}")));
		String address = randomAddress();
		for (int i = 0; i < 5; i++) {
			login(address).expectStatus().isOk();
		}

		login(address).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, (seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/rate-limited");
		login(randomAddress()).expectStatus().isOk();
		Downstreams.USERS.verify(6,
				com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/api/auth/login")));
	}

	@Test
	void behindATrustedProxyTheClientIsTheNearestUntrustedHopAndIsPassedOn() {
		Downstreams.USERS.stubFor(post(urlEqualTo("/api/auth/login")).willReturn(okJson("{}")));
		String client = randomAddress();

		// The client wrote 6.6.6.6 itself; the (trusted) proxy appended the address it
		// saw.
		login("6.6.6.6, " + client).expectStatus().isOk();

		Downstreams.USERS.verify(1, postRequestedFor(urlEqualTo("/api/auth/login")).withHeader("X-Forwarded-For",
				com.github.tomakehurst.wiremock.client.WireMock.equalTo(client)));
	}

	@Test
	void otherRequestsAreLimitedPerUser() {
		Downstreams.ORDERS.stubFor(get(urlEqualTo("/api/orders")).willReturn(okJson("{}")));
		String busy = "Bearer " + TestTokens.customer(UUID.randomUUID());
		for (int i = 0; i < 20; i++) {
			orders(busy).expectStatus().isOk();
		}

		orders(busy).expectStatus().isEqualTo(429).expectHeader().exists(HttpHeaders.RETRY_AFTER);
		orders(customer()).expectStatus().isOk();
	}

	@Test
	void aRequestWithATokenCountsOnlyAgainstItsUserNotItsAddress() {
		Downstreams.ORDERS.stubFor(get(urlEqualTo("/api/orders")).willReturn(okJson("{}")));
		Downstreams.CATALOG.stubFor(get(urlEqualTo("/api/catalog/categories")).willReturn(okJson("{}")));
		String address = randomAddress();
		String user = "Bearer " + TestTokens.customer(UUID.randomUUID());
		for (int i = 0; i < 3; i++) {
			this.http.get()
				.uri("/api/orders")
				.header(HttpHeaders.AUTHORIZATION, user)
				.header("X-Forwarded-For", address)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("RateLimit-Remaining", Integer.toString(20 - 1 - i));
		}

		this.http.get()
			.uri("/api/catalog/categories")
			.header("X-Forwarded-For", address)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("RateLimit-Remaining", "9999");
	}

	@Test
	void aBodyOverTheLimitIs413AndNeverForwarded() {
		this.http.post()
			.uri("/api/catalog/products")
			.header(HttpHeaders.AUTHORIZATION, admin())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\":\"" + "x".repeat(300 * 1024) + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/payload-too-large");
		Downstreams.CATALOG.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aLoginAtAnEncodedOrUnnormalisedPathCountsAsALogin() throws Exception {
		Downstreams.USERS.stubFor(post(urlPathMatching("/api/auth/.*")).willReturn(okJson("{}")));
		String address = randomAddress();
		List<Integer> statuses = new ArrayList<>();
		for (String path : List.of("/api/auth/%6Cogin", "/api/auth/%6cogin", "/api/auth/log%69n", "/api/auth/%6C%6Fgin",
				"/api/auth/%6Cogin", "/api/auth/%6Cogin")) {
			statuses.add(rawPost(path, address).statusCode());
		}

		assertThat(statuses.subList(0, 5)).doesNotContain(429);
		assertThat(statuses.get(5)).isEqualTo(429);
		// Spellings that are not normalised, or not the endpoint's, never reach it.
		for (String path : List.of("/api//auth/login", "/api/auth/./login", "/api/auth/x/../login",
				"/api/auth/%6Cogin;x=1", "/api/auth/login/")) {
			assertThat(rawPost(path, randomAddress()).statusCode()).as(path).isBetween(400, 499);
		}
		Downstreams.USERS.verify(5, postRequestedFor(urlPathMatching("/api/auth/.*")));
	}

	@Test
	void everyAliasOfALoginMutationCountsInTheAuthenticationBucket() {
		Downstreams.USERS.stubFor(post(urlEqualTo("/api/auth/login")).willReturn(
				okJson("{\"accessToken\":\"a\",\"refreshToken\":\"r\",\"tokenType\":\"Bearer\",\"expiresIn\":900}")));
		String address = randomAddress();

		graphql(address, logins(6)).expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("RATE_LIMITED")
			.jsonPath("$.data")
			.doesNotExist();
		Downstreams.USERS.verify(0, postRequestedFor(urlEqualTo("/api/auth/login")));

		graphql(address, logins(3)).expectBody().jsonPath("$.errors").doesNotExist();
		login(address).expectStatus().isOk();
		login(address).expectStatus().isOk();
		login(address).expectStatus().isEqualTo(429);
		graphql(address, "mutation { refreshToken(refreshToken: \"r\") { accessToken } }").expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("RATE_LIMITED");
		Downstreams.USERS.verify(5, postRequestedFor(urlEqualTo("/api/auth/login")));
	}

	@Test
	void aChunkedBodyOverTheLimitIs413AndIsNotReadWhole() {
		Downstreams.ORDERS.stubFor(post(urlEqualTo("/api/payments/webhook")).willReturn(aResponse().withStatus(204)));
		// 4 MB in 16 KB chunks, with no Content-Length: only reading can tell its size.
		Flux<DataBuffer> body = Flux.range(0, 256)
			.<DataBuffer>map((i) -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[16 * 1024]));

		this.http.mutate()
			.responseTimeout(java.time.Duration.ofSeconds(30))
			.build()
			.post()
			.uri("/api/payments/webhook")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body, DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/payload-too-large");
		Downstreams.ORDERS.verify(0, postRequestedFor(urlEqualTo("/api/payments/webhook")));
		assertThat(this.breakers.circuitBreaker("order-service").getMetrics().getNumberOfFailedCalls()).isZero();
	}

	private static String logins(int count) {
		StringBuilder query = new StringBuilder("mutation {");
		for (int i = 0; i < count; i++) {
			query.append(" l").append(i).append(": login(email: \"a@b.io\", password: \"x\") { accessToken }");
		}
		return query.append(" }").toString();
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec graphql(String address,
			String query) {
		return this.http.post()
			.uri("/graphql")
			.header("X-Forwarded-For", address)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(java.util.Map.of("query", query))
			.exchange();
	}

	private HttpResponse<String> rawPost(String path, String address) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("X-Forwarded-For", address)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a@b.io\",\"password\":\"x\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec login(String address) {
		return this.http.post()
			.uri("/api/auth/login")
			.header("X-Forwarded-For", address)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"email\":\"a@b.io\",\"password\":\"x\"}")
			.exchange();
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec orders(String token) {
		return this.http.get().uri("/api/orders").header(HttpHeaders.AUTHORIZATION, token).exchange();
	}

}
