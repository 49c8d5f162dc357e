package nexus.user.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nexus.jwt.JwtRules;
import nexus.platform.security.JwtProperties;
import nexus.testsupport.TestTokens;
import nexus.user.UserServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class LoginIT extends UserServiceIntegrationTest {

	@Autowired
	JwtProperties jwt;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loginIssuesAnRs256AccessTokenWithEveryClaimAndARefreshToken() {
		String email = uniqueEmail();
		UUID id = registered(email);

		Tokens tokens = loggedIn(email);

		assertThat(tokens.tokenType()).isEqualTo("Bearer");
		assertThat(tokens.expiresIn()).isEqualTo(900);
		assertThat(tokens.refreshToken()).hasSizeGreaterThanOrEqualTo(43);
		Map<String, Object> header = part(tokens.accessToken(), 0);
		Map<String, Object> claims = part(tokens.accessToken(), 1);
		assertThat(header).containsEntry("alg", "RS256").containsKey("kid");
		assertThat(claims).containsEntry("iss", "urn:nexus:user-service")
			.containsEntry("sub", id.toString())
			.containsEntry("email", email)
			.containsEntry("roles", List.of("CUSTOMER"))
			.containsKeys("iat", "exp", "jti");
		assertThat(claims.get("aud")).asString().contains("nexus-api");
		assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue()).isEqualTo(900);
		get("/api/users/me", tokens.accessToken()).expectStatus().isOk();
	}

	@Test
	void aPlainResourceServerWithOnlyTheJwksUrlIssuerAndAudienceAcceptsTheToken() {
		String email = uniqueEmail();
		UUID id = registered(email);
		String token = loggedIn(email).accessToken();

		NimbusJwtDecoder plain = NimbusJwtDecoder
			.withJwkSetUri("http://localhost:" + this.port + "/.well-known/jwks.json")
			.build();
		plain.setJwtValidator(JwtRules.validator("urn:nexus:user-service", "nexus-api"));
		Jwt decoded = plain.decode(token);

		assertThat(decoded.getSubject()).isEqualTo(id.toString());
		assertThat(JwtValidators.createDefaultWithIssuer("urn:nexus:user-service").validate(decoded).hasErrors())
			.isFalse();
	}

	@Test
	void aTokenSignedByAKeyUserServiceDoesNotPublishIsRefused() {
		get("/api/users/me", TestTokens.signedByUnknownKey(UUID.randomUUID())).expectStatus().isUnauthorized();
		// Signed by a real, published key, but not one of user-service's.
		get("/api/users/me", TestTokens.customer(UUID.randomUUID())).expectStatus().isUnauthorized();
	}

	@Test
	void anUnknownEmailAndAWrongPasswordGetTheSameAnswer() {
		String email = uniqueEmail();
		registered(email);

		byte[] wrongPassword = login(email, "not the password", randomAddress()).expectStatus()
			.isUnauthorized()
			.expectBody()
			.returnResult()
			.getResponseBodyContent();
		byte[] unknownEmail = login(uniqueEmail(), "not the password", randomAddress()).expectStatus()
			.isUnauthorized()
			.expectBody()
			.returnResult()
			.getResponseBodyContent();

		assertThat(withoutVaryingFields(wrongPassword)).isEqualTo(withoutVaryingFields(unknownEmail));
	}

	@Test
	void failedLoginsDelayTheNextAttemptLongerAndLongerWithRetryAfter() {
		String email = uniqueEmail();
		registered(email);
		String address = randomAddress();
		for (int attempt = 0; attempt < 3; attempt++) {
			login(email, "wrong password", address).expectStatus().isUnauthorized();
		}
		// The fourth failure is the first past the free ones: a delay of 1 s, then 2, 4.
		login(email, "wrong password", address).expectStatus().isUnauthorized();
		for (long expected : new long[] { 1, 2, 4 }) {
			login(email, PASSWORD, address).expectStatus()
				.isEqualTo(429)
				.expectHeader()
				.valueEquals(HttpHeaders.RETRY_AFTER, Long.toString(expected))
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://nexus.dev/problems/rate-limited");
			this.clock.advance(Duration.ofSeconds(expected));
			if (expected < 4) {
				login(email, "wrong password", address).expectStatus().isUnauthorized();
			}
		}

		login(email, PASSWORD, address).expectStatus().isOk();
	}

	@Test
	void aStrangersWrongPasswordsCannotKeepAnAccountLockedOut() {
		String email = uniqueEmail();
		registered(email);
		String owner = randomAddress();
		// A stranger tries as fast as the throttle lets them, from many addresses.
		for (int attempt = 0; attempt < 30; attempt++) {
			failAsSoonAsAllowed(email, randomAddress());
		}
		String single = randomAddress();
		for (int attempt = 0; attempt < 15; attempt++) {
			failAsSoonAsAllowed(email, single);
		}

		// The account's holder waits at most the account's longest delay, 30 s.
		this.clock.advance(Duration.ofSeconds(30));
		login(email, PASSWORD, owner).expectStatus().isOk();
		// And the stranger from the one address is still slowed down for much longer.
		login(email, PASSWORD, single).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, (seconds) -> assertThat(Long.parseLong(seconds)).isGreaterThan(60));
	}

	@Test
	void pruningForgetsFailuresAfterTheQuietPeriodOnTheServicesClock() {
		String email = uniqueEmail();
		for (int attempt = 0; attempt < 5; attempt++) {
			login(email, "wrong password " + attempt, randomAddress()).expectStatus().isUnauthorized();
		}
		this.throttle.pruneStale();
		assertThat(throttleRows(email)).isOne();

		this.clock.advance(Duration.ofMinutes(61));
		this.throttle.pruneStale();

		assertThat(throttleRows(email)).isZero();
	}

	@Test
	void sprayingManyAccountsFromOneAddressStaysLimitedWithoutLockingOutItsOtherUsers() {
		String address = randomAddress();
		for (int attempt = 0; attempt < 50; attempt++) {
			login(uniqueEmail(), "wrong password", address).expectStatus().isUnauthorized();
		}
		for (int attempt = 0; attempt < 10; attempt++) {
			failAsSoonAsAllowed(uniqueEmail(), address);
		}
		String email = uniqueEmail();
		registered(email);

		// The sprayer waits a minute between guesses, at most; so does whoever shares the
		// address, and nobody else.
		login(email, PASSWORD, address).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, (seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
		login(email, PASSWORD, randomAddress()).expectStatus().isOk();
		this.clock.advance(Duration.ofSeconds(60));
		login(email, PASSWORD, address).expectStatus().isOk();
	}

	@Test
	void aDeactivatedUserCannotLogIn() {
		String email = uniqueEmail();
		UUID id = registered(email);
		UUID admin = administrator(uniqueEmail());
		setActive(admin, id, false);

		login(email, PASSWORD, randomAddress()).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/account-deactivated");
	}

	/** One wrong password, after waiting as long as the throttle says. */
	private void failAsSoonAsAllowed(String email, String address) {
		for (int tries = 0; tries < 3; tries++) {
			RestTestClient.ResponseSpec response = login(email, "wrong password", address);
			String retryAfter = response.returnResult(String.class)
				.getResponseHeaders()
				.getFirst(HttpHeaders.RETRY_AFTER);
			if (retryAfter == null) {
				return;
			}
			this.clock.advance(Duration.ofSeconds(Long.parseLong(retryAfter)));
		}
		throw new AssertionError("Still throttled after waiting");
	}

	private long throttleRows(String email) {
		return this.jdbc.sql("SELECT count(*) FROM login_throttle WHERE throttle_key = :key")
			.param("key", "account:" + email)
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> part(String jwt, int index) {
		byte[] json = Base64.getUrlDecoder().decode(jwt.split("\\.")[index]);
		return JsonMapper.builder()
			.build()
			.readValue(new String(json, StandardCharsets.UTF_8), new tools.jackson.core.type.TypeReference<>() {
			});
	}

	private static Map<?, ?> withoutVaryingFields(byte[] problem) {
		Map<?, ?> json = JsonMapper.builder().build().readValue(problem, Map.class);
		json.remove("correlationId");
		return json;
	}

}
