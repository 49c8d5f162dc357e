package nexus.gateway.limits;

import java.util.UUID;

import nexus.gateway.Downstreams;
import nexus.gateway.GatewayTestBase;
import nexus.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
