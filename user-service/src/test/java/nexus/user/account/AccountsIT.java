package nexus.user.account;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nexus.events.Topics;
import nexus.events.user.UserDeactivated;
import nexus.events.user.UserRegistered;
import nexus.events.user.UserUpdated;
import nexus.platform.paging.PageQuery;
import nexus.platform.safety.DevelopmentDefault;
import nexus.user.UserServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class AccountsIT extends UserServiceIntegrationTest {

	@Autowired
	AdministratorBootstrap bootstrap;

	@Autowired
	List<DevelopmentDefault> developmentDefaults;

	UUID adminId;

	String adminToken;

	@BeforeEach
	void admin() {
		String email = uniqueEmail();
		this.adminId = administrator(email);
		this.adminToken = loggedIn(email).accessToken();
	}

	@Test
	void theCurrentUserReadsThemselvesWithAnETag() {
		String email = uniqueEmail();
		UUID id = registered(email);

		get("/api/users/me", loggedIn(email).accessToken()).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(id.toString())
			.jsonPath("$.email")
			.isEqualTo(email);
	}

	@Test
	void aUserRenamesThemselvesAndUserUpdatedIsPublished() {
		String email = uniqueEmail();
		UUID id = registered(email);
		String token = loggedIn(email).accessToken();

		patch("/api/users/me", token, null, Map.of("lastName", "King")).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.lastName")
			.isEqualTo("King")
			.jsonPath("$.firstName")
			.isEqualTo("Ada");

		assertThat(awaitPublished(id, UserUpdated.class, 1)).singleElement().satisfies((event) -> {
			assertThat(event.lastName()).isEqualTo("King");
			assertThat(event.firstName()).isEqualTo("Ada");
		});
	}

	@Test
	void aUsersOwnStaleChangeIsRefusedWith412AndChangesNothing() {
		String email = uniqueEmail();
		registered(email);
		String token = loggedIn(email).accessToken();
		patch("/api/users/me", token, null, Map.of("lastName", "King")).expectStatus().isOk();

		patch("/api/users/me", token, "\"0\"", Map.of("lastName", "Byron")).expectStatus()
			.isEqualTo(412)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/stale-version");
		get("/api/users/me", token).expectBody().jsonPath("$.lastName").isEqualTo("King");
		patch("/api/users/me", token, "\"1\"", Map.of("lastName", "Byron")).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"2\"");
	}

	@Test
	void aChangeThatChangesNothingKeepsTheVersionAndPublishesNothing() {
		String email = uniqueEmail();
		UUID id = registered(email);

		patch("/api/users/me", loggedIn(email).accessToken(), null, Map.of("firstName", "Ada")).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"");

		awaitPublished(id, UserRegistered.class, 1);
		assertThat(publishedWithin(id, Topics.USERS, Duration.ofSeconds(1))).singleElement()
			.isInstanceOf(UserRegistered.class);
	}

	@Test
	void invalidProfileChangesAre400() {
		String email = uniqueEmail();
		registered(email);

		patch("/api/users/me", loggedIn(email).accessToken(), null, Map.of("firstName", " ")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("firstName");
	}

	@Test
	void administratorsListAccountsPagedAndFiltered() {
		String marker = "list-" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			registered(marker + "-" + i + "@example.com");
		}

		get("/api/users?email=" + marker + "&size=2&sort=email,desc", this.adminToken).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(2)
			.jsonPath("$.content[0].email")
			.isEqualTo(marker + "-2@example.com")
			.jsonPath("$.page.totalElements")
			.isEqualTo(3)
			.jsonPath("$.page.totalPages")
			.isEqualTo(2);
		get("/api/users?size=1000", this.adminToken).expectStatus().isBadRequest();
		get("/api/users?sort=passwordHash", this.adminToken).expectStatus().isBadRequest();
	}

	@Test
	void customersCannotAdministerAccounts() {
		String email = uniqueEmail();
		UUID id = registered(email);
		String token = loggedIn(email).accessToken();

		get("/api/users", token).expectStatus().isForbidden();
		get("/api/users/" + id, token).expectStatus().isForbidden();
		patch("/api/users/" + id, token, "\"0\"", Map.of("role", "ADMIN")).expectStatus().isForbidden();
		patch("/api/users/" + id, token, null, Map.of("role", "ADMIN")).expectStatus().isForbidden();
		get("/api/users/me", token).expectBody().jsonPath("$.role").isEqualTo("CUSTOMER");
	}

	@Test
	void anUnknownAccountIs404() {
		get("/api/users/" + UUID.randomUUID(), this.adminToken).expectStatus().isNotFound();
		patch("/api/users/" + UUID.randomUUID(), this.adminToken, "\"0\"", Map.of("role", "ADMIN")).expectStatus()
			.isNotFound();
	}

	@Test
	void anAdministratorPromotesAndDeactivatesAccountsAgainstTheVersionTheyRead() {
		String email = uniqueEmail();
		UUID id = registered(email);
		String path = "/api/users/" + id;

		patch(path, this.adminToken, etagOf(path, this.adminToken), Map.of("role", "ADMIN")).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.role")
			.isEqualTo("ADMIN");
		patch(path, this.adminToken, "\"1\"", Map.of("active", false)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.active")
			.isEqualTo(false);

		assertThat(awaitPublished(id, UserUpdated.class, 1)).singleElement()
			.satisfies((event) -> assertThat(event.role()).isEqualTo("ADMIN"));
		assertThat(awaitPublished(id, UserDeactivated.class, 1)).singleElement()
			.satisfies((event) -> assertThat(event.userId()).isEqualTo(id));
		login(email, PASSWORD, randomAddress()).expectStatus().isForbidden();
		patch(path, this.adminToken, "\"2\"", Map.of("role", "SUPERUSER")).expectStatus().isBadRequest();
	}

	@Test
	void anAdministratorsChangeWithoutIfMatchIs428AndChangesNothing() {
		UUID id = registered(uniqueEmail());
		String path = "/api/users/" + id;

		patch(path, this.adminToken, null, Map.of("role", "ADMIN")).expectStatus()
			.isEqualTo(428)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/precondition-required");
		patch(path, this.adminToken, "not-an-etag", Map.of("role", "ADMIN")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/invalid-if-match");

		get(path, this.adminToken).expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody()
			.jsonPath("$.role")
			.isEqualTo("CUSTOMER");
	}

	@Test
	void anAdministratorsStaleChangeIs412AndChangesNothing() {
		String email = uniqueEmail();
		UUID id = registered(email);
		String path = "/api/users/" + id;
		String read = etagOf(path, this.adminToken);
		// The account holder renames themselves after the administrator's read.
		patch("/api/users/me", loggedIn(email).accessToken(), null, Map.of("lastName", "King")).expectStatus().isOk();

		patch(path, this.adminToken, read, Map.of("active", false)).expectStatus()
			.isEqualTo(412)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/stale-version");

		get(path, this.adminToken).expectBody().jsonPath("$.active").isEqualTo(true);
		login(email, PASSWORD, randomAddress()).expectStatus().isOk();
	}

	@Test
	void nobodyChangesTheirOwnRoleOrAccess() {
		String self = "/api/users/" + this.adminId;
		patch(self, this.adminToken, etagOf(self, this.adminToken), Map.of("active", false)).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/cannot-deactivate-self");
		patch(self, this.adminToken, etagOf(self, this.adminToken), Map.of("role", "CUSTOMER")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/cannot-change-own-role");
		get(self, this.adminToken).expectBody()
			.jsonPath("$.role")
			.isEqualTo("ADMIN")
			.jsonPath("$.active")
			.isEqualTo(true);
	}

	@Test
	void aDemotedAndDeactivatedAdministratorCannotRestoreItselfWithItsStillValidToken() {
		// Finding 1 of issue 12, step by step.
		String email = uniqueEmail();
		UUID id = registered(email);
		String path = "/api/users/" + id;
		patch(path, this.adminToken, etagOf(path, this.adminToken), Map.of("role", "ADMIN")).expectStatus().isOk();
		String promotedToken = loggedIn(email).accessToken();
		patch(path, this.adminToken, "\"1\"", Map.of("role", "CUSTOMER", "active", false)).expectStatus().isOk();

		// Refused: by the revocation of its tokens (401) or, until that has arrived, by
		// its stored role (403). Either way nothing changes.
		patch(path, promotedToken, "\"2\"", Map.of("role", "ADMIN", "active", true)).expectStatus()
			.value((status) -> assertThat(status).isIn(401, 403));
		patch("/api/users/" + this.adminId, promotedToken, etagOf("/api/users/" + this.adminId, this.adminToken),
				Map.of("lastName", "Mallory"))
			.expectStatus()
			.value((status) -> assertThat(status).isIn(401, 403));

		get(path, this.adminToken).expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"2\"")
			.expectBody()
			.jsonPath("$.role")
			.isEqualTo("CUSTOMER")
			.jsonPath("$.active")
			.isEqualTo(false);
		get("/api/users/" + this.adminId, this.adminToken).expectBody().jsonPath("$.lastName").isEqualTo("Admin");
	}

	@Test
	void everyAdministratorChangeIsAuditedAndOnlyAdministratorsReadIt() {
		String email = uniqueEmail();
		UUID id = registered(email);
		String path = "/api/users/" + id;
		patch(path, this.adminToken, "\"0\"", Map.of("role", "ADMIN")).expectStatus().isOk();
		patch(path, this.adminToken, "\"1\"", Map.of("active", false, "lastName", "Byron")).expectStatus().isOk();
		// Refused changes leave no entry.
		patch(path, this.adminToken, "\"0\"", Map.of("role", "CUSTOMER")).expectStatus().isEqualTo(412);

		get(path + "/audit", this.adminToken).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(2)
			.jsonPath("$.content[0].changedBy")
			.isEqualTo(this.adminId.toString())
			.jsonPath("$.content[0].before.active")
			.isEqualTo(true)
			.jsonPath("$.content[0].after.active")
			.isEqualTo(false)
			.jsonPath("$.content[0].after.lastName")
			.isEqualTo("Byron")
			.jsonPath("$.content[0].correlationId")
			.isNotEmpty()
			.jsonPath("$.content[0].changedAt")
			.isNotEmpty()
			.jsonPath("$.content[1].before.role")
			.isEqualTo("CUSTOMER")
			.jsonPath("$.content[1].after.role")
			.isEqualTo("ADMIN")
			.jsonPath("$.page.totalElements")
			.isEqualTo(2);
		String customer = uniqueEmail();
		registered(customer);
		get(path + "/audit", loggedIn(customer).accessToken()).expectStatus().isForbidden();
		get("/api/users/" + UUID.randomUUID() + "/audit", this.adminToken).expectStatus().isNotFound();
	}

	@Test
	void theDevelopmentAdministratorPasswordAndGeneratedKeysAreDeclaredUnsafeOutsideTheLocalProfile() {
		assertThat(this.developmentDefaults).extracting(DevelopmentDefault::property)
			.contains("nexus.admin.password", "nexus.tokens.keys.generate-if-missing");
		assertThat(this.developmentDefaults).filteredOn((setting) -> setting.property().equals("nexus.admin.password"))
			.singleElement()
			.satisfies((setting) -> {
				assertThat(setting.isDevelopmentValue("nexus-admin-dev")).isTrue();
				assertThat(setting.isDevelopmentValue("CHANGE_ME")).isTrue();
				assertThat(setting.isDevelopmentValue("a password of my own")).isFalse();
			});
	}

	@Test
	void theFirstAdministratorComesFromConfiguration() {
		String email = "root-" + UUID.randomUUID() + "@nexus.test";
		AdministratorBootstrap configured = new AdministratorBootstrap(this.accounts,
				new AdministratorBootstrap.AdminProperties(email, PASSWORD, null, null));

		configured.run(new DefaultApplicationArguments());
		configured.run(new DefaultApplicationArguments());

		assertThat(this.accounts.list(email, PageQuery.first(10)).content()).singleElement()
			.satisfies((account) -> assertThat(account.role()).isEqualTo(Role.ADMIN));
		assertThat(this.bootstrap).isNotNull();
	}

}
