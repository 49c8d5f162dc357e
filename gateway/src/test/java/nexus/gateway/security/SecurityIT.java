package nexus.gateway.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import nexus.events.user.UserAccessRevoked;
import nexus.gateway.Downstreams;
import nexus.gateway.GatewayTestBase;
import nexus.jwt.revocation.RevocationView;
import nexus.testsupport.ServiceIntegrationTest;
import nexus.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

class SecurityIT extends GatewayTestBase {

	@Autowired
	RevocationView revocations;

	static List<String> refusedTokens() {
		UUID user = UUID.randomUUID();
		return List.of(
				TestTokens.token(user, List.of("ADMIN"),
						(claims) -> claims.expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(1))))),
				TestTokens.signedByUnknownKey(user), algNone(user),
				TestTokens.token(user, List.of("ADMIN"), (claims) -> claims.audience("another-api")),
				TestTokens.token(user, List.of("ADMIN"), (claims) -> claims.issuer("urn:someone-else")), "garbage");
	}

	@ParameterizedTest
	@MethodSource("refusedTokens")
	void everyBadTokenIs401AndNeverReachesAService(String token) {
		this.http.get()
			.uri("/api/orders")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/unauthorized");
		Downstreams.ORDERS.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aTokenThatCannotBeCheckedWhileTheKeysAreUnavailableIs503AndNeverReachesAService() {
		// A key the gateway has not cached makes it fetch the keys; user-service is down.
		String token = TestTokens.signedByUnknownKey(UUID.randomUUID());
		TestTokens.whileTheKeysAreUnavailable(() -> this.http.get()
			.uri("/api/orders")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/token-check-unavailable"));
		Downstreams.ORDERS.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void noTokenIs401WithAChallenge() {
		this.http.get()
			.uri("/api/cart")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectHeader()
			.exists("X-Request-Id");
	}

	@Test
	void aCustomerOnAnAdministratorRouteIs403() {
		this.http.post()
			.uri("/api/catalog/products")
			.header(HttpHeaders.AUTHORIZATION, customer())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/forbidden");
		this.http.get()
			.uri("/api/users")
			.header(HttpHeaders.AUTHORIZATION, customer())
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.post()
			.uri("/api/orders/" + UUID.randomUUID() + "/ship")
			.header(HttpHeaders.AUTHORIZATION, customer())
			.exchange()
			.expectStatus()
			.isForbidden();
		Downstreams.CATALOG.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void administratorsAndPublicReadsGetThrough() {
		Downstreams.CATALOG.stubFor(post(urlEqualTo("/api/catalog/products")).willReturn(okJson("{}").withStatus(201)));
		Downstreams.CATALOG.stubFor(get(urlPathEqualTo("/api/catalog/products")).willReturn(okJson("{}")));
		Downstreams.CATALOG
			.stubFor(post(urlEqualTo("/api/catalog/products/p1/reviews")).willReturn(okJson("{}").withStatus(201)));
		Downstreams.USERS.stubFor(get(urlEqualTo("/api/users/me")).willReturn(okJson("{}")));

		this.http.post()
			.uri("/api/catalog/products")
			.header(HttpHeaders.AUTHORIZATION, admin())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isCreated();
		this.http.get().uri("/api/catalog/products").exchange().expectStatus().isOk();
		this.http.post()
			.uri("/api/catalog/products/p1/reviews")
			.header(HttpHeaders.AUTHORIZATION, customer())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isCreated();
		this.http.get()
			.uri("/api/users/me")
			.header(HttpHeaders.AUTHORIZATION, customer())
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void corsAllowsOnlyTheConfiguredOrigins() {
		this.http.options()
			.uri("/api/orders")
			.header(HttpHeaders.ORIGIN, "http://localhost:3000")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000");
		this.http.method(HttpMethod.OPTIONS)
			.uri("/api/orders")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void responsesCarrySecurityHeaders() {
		this.http.get()
			.uri("/api/cart")
			.exchange()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer");
	}

	private static String algNone(UUID user) {
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		String header = base64.encodeToString("{\"alg\":\"none\"}".getBytes());
		String claims = base64.encodeToString(
				("{\"sub\":\"" + user + "\",\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\"" + TestTokens.AUDIENCE
						+ "\",\"roles\":[\"ADMIN\"],\"exp\":" + Instant.now().plusSeconds(600).getEpochSecond() + "}")
					.getBytes());
		return header + "." + claims + ".";
	}

	@Test
	void aRevokedTokenIsRefusedWithin5SecondsSaysSoAndNeverReachesAServiceWhileANewerOnePasses() {
		UUID user = UUID.randomUUID();
		Instant issued = Instant.now().minusSeconds(5);
		String before = TestTokens.token(user, List.of("CUSTOMER"), (claims) -> claims.issueTime(Date.from(issued)));
		Downstreams.USERS.stubFor(get(urlEqualTo("/api/users/me")).willReturn(okJson("{}")));
		me(before).expectStatus().isOk();
		Instant notBefore = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);

		long start = System.nanoTime();
		ServiceIntegrationTest.publish(new UserAccessRevoked(user, notBefore, "DEACTIVATED", Instant.now()));
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(10))
			.until(() -> this.revocations.isRevoked(user, issued));
		System.out.printf("Revocation reached the gateway's view in %d ms%n", (System.nanoTime() - start) / 1_000_000);
		Downstreams.USERS.resetRequests();

		me(before).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/token-revoked");
		Downstreams.USERS.verify(0, anyRequestedFor(anyUrl()));
		me(TestTokens.token(user, List.of("CUSTOMER"), (claims) -> claims.issueTime(Date.from(notBefore))))
			.expectStatus()
			.isOk();
	}

	@Test
	void anyUserReachesTheirOwnPasswordAndLoginsWhileAuditsStayWithAdministrators() {
		Downstreams.USERS.stubFor(get(urlEqualTo("/api/users/me/sessions")).willReturn(okJson("[]")));
		Downstreams.USERS.stubFor(post(urlEqualTo("/api/users/me/password")).willReturn(aResponse().withStatus(204)));
		String customer = customer();

		this.http.get()
			.uri("/api/users/me/sessions")
			.header(HttpHeaders.AUTHORIZATION, customer)
			.exchange()
			.expectStatus()
			.isOk();
		this.http.post()
			.uri("/api/users/me/password")
			.header(HttpHeaders.AUTHORIZATION, customer)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"currentPassword\":\"a\",\"newPassword\":\"b\"}")
			.exchange()
			.expectStatus()
			.isNoContent();
		this.http.get()
			.uri("/api/users/" + UUID.randomUUID() + "/audit")
			.header(HttpHeaders.AUTHORIZATION, customer)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.get().uri("/api/users/me/sessions").exchange().expectStatus().isUnauthorized();
	}

	private WebTestClient.ResponseSpec me(String token) {
		return this.http.get().uri("/api/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

}
