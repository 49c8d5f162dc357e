package nexus.user.auth;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nexus.user.UserServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an account holder does about their own access: the password, their logins, and
 * signing out everywhere.
 */
class AccountSecurityIT extends UserServiceIntegrationTest {

	private static final String NEW_PASSWORD = "a whole new passphrase";

	@Test
	void aPasswordChangeEndsTheOtherLoginsAndRevokesEveryOlderAccessToken() {
		String email = uniqueEmail();
		UUID id = registered(email);
		Tokens here = loggedIn(email);
		Tokens elsewhere = loggedIn(email);

		changePassword(here.accessToken(), PASSWORD, NEW_PASSWORD).expectStatus().isNoContent();

		refresh(elsewhere.refreshToken()).expectStatus().isUnauthorized();
		awaitRevoked(here.accessToken());
		awaitRevoked(elsewhere.accessToken());
		Tokens next = refresh(here.refreshToken()).expectStatus()
			.isOk()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();
		get("/api/users/me", next.accessToken()).expectStatus().isOk();
		login(email, PASSWORD, randomAddress()).expectStatus().isUnauthorized();
		login(email, NEW_PASSWORD, randomAddress()).expectStatus().isOk();
		String admin = uniqueEmail();
		administrator(admin);
		get("/api/users/" + id + "/audit", loggedIn(admin).accessToken()).expectBody()
			.jsonPath("$.content[0].action")
			.isEqualTo("password-changed");
	}

	@Test
	void aWrongCurrentPasswordOrAWeakNewOneChangesNothing() {
		String email = uniqueEmail();
		registered(email);
		Tokens here = loggedIn(email);
		Tokens elsewhere = loggedIn(email);

		changePassword(here.accessToken(), "not my password", NEW_PASSWORD).expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/wrong-password");
		changePassword(here.accessToken(), PASSWORD, "password").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("newPassword");

		login(email, PASSWORD, randomAddress()).expectStatus().isOk();
		get("/api/users/me", elsewhere.accessToken()).expectStatus().isOk();
		refresh(elsewhere.refreshToken()).expectStatus().isOk();
	}

	@Test
	void aUserListsTheirLoginsAndEndsOne() {
		String email = uniqueEmail();
		registered(email);
		String phoneAddress = randomAddress();
		Tokens phone = loginWithAgent(email, phoneAddress, "NexusPhone/1.0");
		Tokens laptop = loginWithAgent(email, randomAddress(), "NexusLaptop/2.0");

		List<Map<String, Object>> sessions = sessions(laptop.accessToken());
		assertThat(sessions).hasSize(2);
		Map<String, Object> phoneSession = sessions.stream()
			.filter((session) -> "NexusPhone/1.0".equals(session.get("userAgent")))
			.findFirst()
			.orElseThrow();
		assertThat(phoneSession).containsEntry("clientAddress", phoneAddress)
			.containsEntry("current", false)
			.containsKeys("createdAt", "lastUsedAt");
		assertThat(sessions).filteredOn((session) -> Boolean.TRUE.equals(session.get("current"))).hasSize(1);

		this.http.delete()
			.uri("/api/users/me/sessions/" + phoneSession.get("id"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + laptop.accessToken())
			.exchange()
			.expectStatus()
			.isNoContent();

		refresh(phone.refreshToken()).expectStatus().isUnauthorized();
		assertThat(sessions(laptop.accessToken())).hasSize(1);
		refresh(laptop.refreshToken()).expectStatus().isOk();
	}

	@Test
	void endingAnUnknownLoginOrSomeoneElsesIs404() {
		String email = uniqueEmail();
		registered(email);
		Tokens mine = loggedIn(email);
		String other = uniqueEmail();
		registered(other);
		Tokens theirs = loggedIn(other);
		Object theirSession = sessions(theirs.accessToken()).getFirst().get("id");

		for (Object id : List.of(UUID.randomUUID(), theirSession)) {
			this.http.delete()
				.uri("/api/users/me/sessions/" + id)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + mine.accessToken())
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://nexus.dev/problems/not-found");
		}
		refresh(theirs.refreshToken()).expectStatus().isOk();
	}

	@Test
	void signingOutEverywhereEndsEveryLoginAndRevokesTheAccessTokensWithinSeconds() {
		String email = uniqueEmail();
		registered(email);
		Tokens one = loggedIn(email);
		Tokens two = loggedIn(email);

		long start = System.nanoTime();
		this.http.delete()
			.uri("/api/users/me/sessions")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + one.accessToken())
			.exchange()
			.expectStatus()
			.isNoContent();
		awaitRevoked(one.accessToken());
		System.out.printf("Sign-out everywhere to refusal at user-service: %d ms%n",
				(System.nanoTime() - start) / 1_000_000);
		awaitRevoked(two.accessToken());

		refresh(one.refreshToken()).expectStatus().isUnauthorized();
		refresh(two.refreshToken()).expectStatus().isUnauthorized();
		Tokens again = loggedIn(email);
		get("/api/users/me", again.accessToken()).expectStatus().isOk();
	}

	private RestTestClient.ResponseSpec changePassword(String accessToken, String current, String next) {
		return this.http.post()
			.uri("/api/users/me/password")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("currentPassword", current, "newPassword", next))
			.exchange();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> sessions(String accessToken) {
		return get("/api/users/me/sessions", accessToken).expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
	}

	private Tokens loginWithAgent(String email, String address, String userAgent) {
		return this.http.post()
			.uri("/api/auth/login")
			.header("X-Forwarded-For", address)
			.header(HttpHeaders.USER_AGENT, userAgent)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", email, "password", PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();
	}

	private void awaitRevoked(String token) {
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(25))
			.untilAsserted(() -> get("/api/users/me", token).expectStatus()
				.isUnauthorized()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://nexus.dev/problems/token-revoked"));
	}

}
