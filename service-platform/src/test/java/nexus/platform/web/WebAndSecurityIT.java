package nexus.platform.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import nexus.events.user.UserAccessRevoked;
import nexus.platform.PlatformIntegrationTest;
import nexus.testsupport.ServiceIntegrationTest;
import nexus.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Problem details, correlation ids, body limits and token checks, over real HTTP.
 */
@PlatformIntegrationTest
class WebAndSecurityIT {

	@LocalServerPort
	int port;

	RestTestClient http;

	private final String customer = TestTokens.customer(UUID.randomUUID());

	@BeforeEach
	void client() {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void invalidFieldsAnswer400WithTheFieldErrors() {
		this.http.post()
			.uri("/test/widgets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"\",\"quantity\":0}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/validation-error")
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.instance")
			.isEqualTo("/test/widgets")
			.jsonPath("$.correlationId")
			.isNotEmpty()
			.jsonPath("$.errors[?(@.field == 'name')].message")
			.isNotEmpty()
			.jsonPath("$.errors[?(@.field == 'quantity')].message")
			.isEqualTo("must be greater than or equal to 1");
	}

	@Test
	void malformedJsonAndWrongTypesAnswer400() {
		this.http.post()
			.uri("/test/widgets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/malformed-request");
		this.http.post()
			.uri("/test/widgets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"cup\",\"quantity\":\"lots\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("quantity");
	}

	@Test
	void wrongMediaTypeAnswers415AndOversizedBody413() {
		this.http.post()
			.uri("/test/widgets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.contentType(MediaType.TEXT_PLAIN)
			.body("cup")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/unsupported-media-type");
		this.http.post()
			.uri("/test/widgets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"" + "x".repeat(300_000) + "\",\"quantity\":1}")
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/payload-too-large");
	}

	@Test
	void aChunkedBodyOverTheLimitIs413() throws Exception {
		// 1 MB, chunked (no Content-Length): only reading can tell its size. (A client
		// that
		// sends far more than the server reads may see the connection reset instead.)
		long size = 1024L * 1024;
		java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();
		java.io.InputStream body = new java.io.InputStream() {

			@Override
			public int read() {
				return (served.getAndIncrement() < size) ? ' ' : -1;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				long left = size - served.get();
				if (left <= 0) {
					return -1;
				}
				int count = (int) Math.min(length, left);
				java.util.Arrays.fill(buffer, offset, offset + count, (byte) ' ');
				served.addAndGet(count);
				return count;
			}

		};
		java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/test/widgets"))
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
				.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
				.POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> body))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("https://nexus.dev/problems/payload-too-large");
	}

	@Test
	void businessRefusalKeepsItsTypeAndUnexpectedErrorsSayNothing() {
		this.http.get()
			.uri("/test/refuse")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/out-of-stock")
			.jsonPath("$.detail")
			.isEqualTo("Only 2 left");
		this.http.get()
			.uri("/test/throttled")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "62")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/rate-limited");
		String body = this.http.get()
			.uri("/test/fail")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.exchange()
			.expectStatus()
			.isEqualTo(500)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("internal-error").doesNotContain("hunter2").doesNotContain("IllegalStateException");
	}

	@ParameterizedTest
	@CsvSource({ "not-found,404,not-found", "conflict,409,widget-shipped", "rule,422,widget-limit",
			"invalid,400,validation-error", "not-permitted,403,account-inactive", "stale,412,stale-version" })
	void domainRefusalsAreProblemsWithTheStatusOfTheirKind(String kind, int status, String slug) {
		this.http.get()
			.uri("/test/domain/" + kind)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/" + slug)
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.instance")
			.isEqualTo("/test/domain/" + kind);
	}

	@Test
	void fieldsOfADomainRefusalAreListed() {
		this.http.get()
			.uri("/test/domain/rule")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("quantity")
			.jsonPath("$.errors[0].message")
			.isEqualTo("At most 3 widgets");
	}

	@Test
	void requestIdIsEchoedOrCreated() {
		this.http.get()
			.uri("/test/public/ping")
			.header("X-Request-Id", "client-req-1")
			.exchange()
			.expectHeader()
			.valueEquals("X-Request-Id", "client-req-1");
		String created = this.http.get()
			.uri("/test/public/ping")
			.header("X-Request-Id", "bad id with spaces")
			.exchange()
			.returnResult()
			.getResponseHeaders()
			.getFirst("X-Request-Id");
		assertThat(created).isNotEqualTo("bad id with spaces").hasSize(36);
	}

	@Test
	void aTokenThatCannotBeCheckedWhileTheKeysAreUnavailableIs503NotAnError() {
		// A key the service has not cached makes it fetch the keys; user-service is down.
		String token = TestTokens.signedByUnknownKey(UUID.randomUUID());
		TestTokens.whileTheKeysAreUnavailable(() -> this.http.get()
			.uri("/test/admin")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/token-check-unavailable"));
		// The keys are back: the same token is what it is, a token nobody signed.
		this.http.get()
			.uri("/test/admin")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void tokensAreCheckedForSignatureIssuerAudienceAndExpiry() {
		UUID user = UUID.randomUUID();
		List<String> refused = List.of(TestTokens.signedByUnknownKey(user),
				TestTokens.token(user, List.of("ADMIN"), (claims) -> claims.audience("someone-else")),
				TestTokens.token(user, List.of("ADMIN"), (claims) -> claims.issuer("urn:evil")),
				TestTokens.token(user, List.of("ADMIN"),
						(claims) -> claims.expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(5))))),
				unsigned(user), "not-a-jwt");
		for (String token : refused) {
			this.http.get()
				.uri("/test/admin")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://nexus.dev/problems/unauthorized");
		}
		this.http.get()
			.uri("/test/admin")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("WWW-Authenticate", "Bearer");
	}

	@Test
	void rolesDecideWhatAnAuthenticatedCallerMayDo() {
		this.http.get()
			.uri("/test/admin")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/forbidden");
		this.http.get()
			.uri("/test/admin")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.admin(UUID.randomUUID()))
			.exchange()
			.expectStatus()
			.isOk();
		this.http.get().uri("/test/public/ping").exchange().expectStatus().isOk();
	}

	@Test
	void healthAndMetricsArePublicAndShowTheMessagingMeters() {
		this.http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		this.http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		String metrics = this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics).contains("nexus_outbox_backlog", "nexus_outbox_oldest_pending_age_seconds",
				"nexus_dead_letters_pending", "application=\"platform-test\"");
	}

	@Test
	void listsArePagedAndSortedWithinLimits() {
		this.http.get()
			.uri("/test/widgets?page=2&size=50&sort=createdAt,desc")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page")
			.isEqualTo(2)
			.jsonPath("$.size")
			.isEqualTo(50)
			.jsonPath("$.sort")
			.isEqualTo("created: DESC");
		this.http.get()
			.uri("/test/widgets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.exchange()
			.expectBody()
			.jsonPath("$.size")
			.isEqualTo(20)
			.jsonPath("$.sort")
			.isEqualTo("name: ASC");
		this.http.get()
			.uri("/test/widgets?size=10000&page=-1&sort=password&sort=name,sideways")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'size')].message")
			.isEqualTo("must be between 1 and 100")
			.jsonPath("$.errors[?(@.field == 'page')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'sort')].message")
			.value((messages) -> assertThat(messages.toString()).contains("cannot sort by 'password'")
				.contains("direction must be asc or desc"));
	}

	@Test
	void apiDocsDescribeBearerTokensAndPaging() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.info.title")
			.isEqualTo("Nexus platform-test")
			.jsonPath("$.components.securitySchemes.bearer.scheme")
			.isEqualTo("bearer")
			.jsonPath("$.paths['/test/widgets'].get.parameters[*].name")
			.value((names) -> assertThat(names.toString()).contains("page", "size", "sort"));
	}

	@Test
	void apiDocsNameARelativeServerWhateverAddressTheyWereAskedAt() {
		// Through the gateway the document is at the gateway's address; a server named
		// from the request would be the service's own (internal) address instead.
		this.http.get()
			.uri("/v3/api-docs")
			.header("X-Forwarded-Host", "catalog-service.internal")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.servers.length()")
			.isEqualTo(1)
			.jsonPath("$.servers[0].url")
			.isEqualTo("/");
	}

	@Test
	void openMetricsCarryExemplarsOnlyWhereEveryPrometheusAcceptsThem() {
		for (int i = 0; i < 3; i++) {
			this.http.get().uri("/test/public/ping").exchange().expectStatus().isOk();
		}
		String openMetrics = this.http.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.ACCEPT, "application/openmetrics-text;version=1.0.0")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<String> withExemplar = openMetrics.lines().filter((line) -> line.contains(" # {")).toList();
		// Before 2.43 Prometheus accepts exemplars on counters and histogram buckets
		// only.
		assertThat(withExemplar).isNotEmpty()
			.allSatisfy((line) -> assertThat(line.substring(0, line.indexOf('{'))).matches(".*(_total|_bucket)"));

		String text = this.http.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.ACCEPT, "text/plain;version=0.0.4")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(text).contains("# TYPE nexus_outbox_backlog gauge").doesNotContain(" # {");
	}

	private static String unsigned(UUID user) {
		String header = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"alg\":\"none\"}".getBytes());
		String payload = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("{\"sub\":\"" + user + "\",\"iss\":\"urn:nexus:user-service\",\"aud\":\"nexus-api\","
					+ "\"roles\":[\"ADMIN\"],\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}")
				.getBytes());
		return header + "." + payload + ".";
	}

	@Test
	void aRevokedTokenIsRefusedWithinSecondsAndSaysSoWhileANewerOneOfTheSameUserPasses() {
		UUID user = UUID.randomUUID();
		Instant issued = Instant.now().minusSeconds(5);
		String before = TestTokens.token(user, List.of("CUSTOMER"), (claims) -> claims.issueTime(Date.from(issued)));
		String other = TestTokens.customer(UUID.randomUUID());
		widgets(before).expectStatus().isOk();
		Instant notBefore = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);

		long start = System.nanoTime();
		ServiceIntegrationTest.publish(new UserAccessRevoked(user, notBefore, "SIGNED_OUT_EVERYWHERE", Instant.now()));
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(20))
			.untilAsserted(() -> widgets(before).expectStatus().isUnauthorized());
		System.out.printf("Revocation reached the service in %d ms%n", (System.nanoTime() - start) / 1_000_000);

		widgets(before).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/token-revoked");
		String after = TestTokens.token(user, List.of("CUSTOMER"), (claims) -> claims.issueTime(Date.from(notBefore)));
		widgets(after).expectStatus().isOk();
		widgets(other).expectStatus().isOk();
	}

	private RestTestClient.ResponseSpec widgets(String token) {
		return this.http.get().uri("/test/widgets").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

}
