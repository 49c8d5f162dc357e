package nexus.user.token;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import nexus.events.user.UserAccessRevoked;
import nexus.jwt.revocation.RevocationFeed;
import nexus.jwt.revocation.RevocationView;
import nexus.testsupport.TestKafka;
import nexus.user.UserServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Taking access away takes effect in seconds: a deactivation or a role change revokes the
 * account's access tokens, which user-service itself (like every service and the gateway)
 * then refuses with 401 {@code token-revoked}; and a revocation view started afterwards,
 * as after a restart, rebuilds itself from the users topic.
 */
class RevocationIT extends UserServiceIntegrationTest {

	String adminToken;

	@BeforeEach
	void admin() {
		String email = uniqueEmail();
		administrator(email);
		this.adminToken = loggedIn(email).accessToken();
	}

	@Test
	void aDeactivatedAccountsAccessTokenIsRefusedWithinFiveSeconds() {
		String email = uniqueEmail();
		UUID id = registered(email);
		String token = loggedIn(email).accessToken();
		get("/api/users/me", token).expectStatus().isOk();

		long start = System.nanoTime();
		patch("/api/users/" + id, this.adminToken, "\"0\"", Map.of("active", false)).expectStatus().isOk();
		awaitRevoked(token);
		System.out.printf("Deactivation to refusal at user-service: %d ms%n", (System.nanoTime() - start) / 1_000_000);

		get("/api/users/me", token).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/token-revoked");
		assertThat(awaitPublished(id, UserAccessRevoked.class, 1)).singleElement()
			.satisfies((event) -> assertThat(event.reason()).isEqualTo("DEACTIVATED"));
	}

	@Test
	void aRoleChangeRevokesTheTokensThatCarryTheOldRoleAndARefreshCarriesTheNewOne() {
		String email = uniqueEmail();
		UUID id = registered(email);
		Tokens tokens = loggedIn(email);

		patch("/api/users/" + id, this.adminToken, "\"0\"", Map.of("role", "ADMIN")).expectStatus().isOk();
		awaitRevoked(tokens.accessToken());

		// A token issued right after the change, in the same second, is not revoked.
		Tokens next = refresh(tokens.refreshToken()).expectStatus()
			.isOk()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();
		get("/api/users/me", next.accessToken()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.role")
			.isEqualTo("ADMIN");
		get("/api/users", next.accessToken()).expectStatus().isOk();
	}

	@Test
	void aRevocationViewStartedLaterRebuildsItselfFromTheTopic() {
		UUID id = registered(uniqueEmail());
		patch("/api/users/" + id, this.adminToken, "\"0\"", Map.of("active", false)).expectStatus().isOk();
		awaitPublished(id, UserAccessRevoked.class, 1);

		RevocationView view = new RevocationView(Duration.ofHours(1), Clock.systemUTC());
		RevocationFeed feed = new RevocationFeed(view, TestKafka.bootstrapServers(), "restarted", Clock.systemUTC());
		feed.start();
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> view.notBefore(id).isPresent());
		}
		finally {
			feed.stop();
		}
	}

	private void awaitRevoked(String token) {
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(25))
			.untilAsserted(() -> get("/api/users/me", token).expectStatus().isUnauthorized());
	}

}
