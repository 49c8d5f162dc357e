package nexus.user.auth;

import java.util.UUID;

import nexus.user.Api;
import nexus.user.UserServiceIntegrationTest;
import nexus.user.account.AccountChange;
import nexus.user.account.AccountService;
import nexus.user.account.Registration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@UserServiceIntegrationTest
class RefreshIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.port);
	}

	@Test
	void refreshRotatesBothTokensAndSpendsTheOldRefreshToken() {
		String email = Api.uniqueEmail();
		this.api.registered(email);
		Api.Tokens first = this.api.loggedIn(email);

		Api.Tokens second = this.api.refresh(first.refreshToken())
			.expectStatus()
			.isOk()
			.expectBody(Api.Tokens.class)
			.returnResult()
			.getResponseBody();

		assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
		assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
		this.api.get("/api/users/me", second.accessToken()).expectStatus().isOk();
		this.api.refresh(second.refreshToken()).expectStatus().isOk();
	}

	@Test
	void reusingASpentRefreshTokenEndsThatLoginButNotTheOthers() {
		String email = Api.uniqueEmail();
		this.api.registered(email);
		Api.Tokens stolen = this.api.loggedIn(email);
		Api.Tokens otherDevice = this.api.loggedIn(email);
		Api.Tokens rotated = this.api.refresh(stolen.refreshToken())
			.expectBody(Api.Tokens.class)
			.returnResult()
			.getResponseBody();

		this.api.refresh(stolen.refreshToken())
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/invalid-refresh-token")
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("already used"));

		this.api.refresh(rotated.refreshToken()).expectStatus().isUnauthorized();
		this.api.refresh(otherDevice.refreshToken()).expectStatus().isOk();
	}

	@Test
	void logoutEndsTheLogin() {
		String email = Api.uniqueEmail();
		this.api.registered(email);
		Api.Tokens tokens = this.api.loggedIn(email);

		this.api.logout(tokens.refreshToken()).expectStatus().isNoContent();

		this.api.refresh(tokens.refreshToken()).expectStatus().isUnauthorized();
		this.api.logout("never-issued").expectStatus().isNoContent();
	}

	@Test
	void aDeactivatedUserCannotRefresh() {
		String email = Api.uniqueEmail();
		UUID id = this.api.registered(email);
		Api.Tokens tokens = this.api.loggedIn(email);
		UUID admin = this.accounts
			.openAdministratorIfAbsent(new Registration(Api.uniqueEmail(), Api.PASSWORD, "A", "D"))
			.orElseThrow()
			.id();
		this.accounts.administer(admin, id, new AccountChange(null, null, null, false), null);

		this.api.refresh(tokens.refreshToken()).expectStatus().isForbidden();
		this.accounts.administer(admin, id, new AccountChange(null, null, null, true), null);
		// The login was ended when the refresh was refused.
		this.api.refresh(tokens.refreshToken()).expectStatus().isUnauthorized();
	}

	@Test
	void garbageRefreshTokensAreRefusedWithoutChangingAnything() {
		this.api.refresh("x".repeat(43)).expectStatus().isUnauthorized();
		this.api.http()
			.post()
			.uri("/api/auth/refresh")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

}
