package nexus.user.auth;

import java.time.Duration;
import java.util.UUID;

import nexus.user.UserServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshIT extends UserServiceIntegrationTest {

	@Test
	void refreshRotatesBothTokensAndSpendsTheOldRefreshToken() {
		String email = uniqueEmail();
		registered(email);
		Tokens first = loggedIn(email);

		Tokens second = refresh(first.refreshToken()).expectStatus()
			.isOk()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();

		assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
		assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
		get("/api/users/me", second.accessToken()).expectStatus().isOk();
		refresh(second.refreshToken()).expectStatus().isOk();
	}

	@Test
	void reusingASpentRefreshTokenAfterTheGraceWindowEndsThatLoginButNotTheOthers() {
		String email = uniqueEmail();
		registered(email);
		Tokens stolen = loggedIn(email);
		Tokens otherDevice = loggedIn(email);
		Tokens rotated = refresh(stolen.refreshToken()).expectBody(Tokens.class).returnResult().getResponseBody();
		this.clock.advance(Duration.ofSeconds(31));

		refresh(stolen.refreshToken()).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/invalid-refresh-token")
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("already used"));

		refresh(rotated.refreshToken()).expectStatus().isUnauthorized();
		refresh(otherDevice.refreshToken()).expectStatus().isOk();
	}

	@Test
	void aRefreshRetriedWithinTheGraceWindowGetsAWorkingPairOfTheSameLoginInsteadOfEndingIt() {
		String email = uniqueEmail();
		registered(email);
		Tokens first = loggedIn(email);
		// The answer to this refresh is lost on the way back to the client...
		Tokens lost = refresh(first.refreshToken()).expectBody(Tokens.class).returnResult().getResponseBody();
		this.clock.advance(Duration.ofSeconds(20));

		// ...which retries with the token it still holds.
		Tokens retried = refresh(first.refreshToken()).expectStatus()
			.isOk()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();

		assertThat(retried.refreshToken()).isNotEqualTo(lost.refreshToken()).isNotEqualTo(first.refreshToken());
		get("/api/users/me", retried.accessToken()).expectStatus().isOk();
		Tokens next = refresh(retried.refreshToken()).expectStatus()
			.isOk()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();
		// The pair whose answer was lost was superseded by the retry; past the window,
		// its
		// use is a reuse like any other and ends the login.
		this.clock.advance(Duration.ofSeconds(31));
		refresh(lost.refreshToken()).expectStatus().isUnauthorized();
		refresh(next.refreshToken()).expectStatus().isUnauthorized();
	}

	@Test
	void logoutEndsTheLogin() {
		String email = uniqueEmail();
		registered(email);
		Tokens tokens = loggedIn(email);

		logout(tokens.refreshToken()).expectStatus().isNoContent();

		refresh(tokens.refreshToken()).expectStatus().isUnauthorized();
		logout("never-issued").expectStatus().isNoContent();
	}

	@Test
	void aDeactivatedUserCannotRefresh() {
		String email = uniqueEmail();
		UUID id = registered(email);
		Tokens tokens = loggedIn(email);
		UUID admin = administrator(uniqueEmail());
		setActive(admin, id, false);

		refresh(tokens.refreshToken()).expectStatus().isForbidden();
		setActive(admin, id, true);
		// The login was ended when the refresh was refused.
		refresh(tokens.refreshToken()).expectStatus().isUnauthorized();
	}

	@Test
	void garbageRefreshTokensAreRefusedWithoutChangingAnything() {
		refresh("x".repeat(43)).expectStatus().isUnauthorized();
		this.http.post()
			.uri("/api/auth/refresh")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

}
