package nexus.user.account;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import nexus.events.CloudEventHeaders;
import nexus.events.Topics;
import nexus.testsupport.KafkaTestConsumer;
import nexus.user.Api;
import nexus.user.UserServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

@UserServiceIntegrationTest
class AccountsIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	AdministratorBootstrap bootstrap;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	Api api;

	String adminEmail;

	String adminToken;

	@BeforeEach
	void admin() {
		this.api = new Api(this.port);
		this.adminEmail = Api.uniqueEmail();
		this.accounts.openAdministratorIfAbsent(new Registration(this.adminEmail, Api.PASSWORD, "Root", "Admin"));
		this.adminToken = this.api.loggedIn(this.adminEmail).accessToken();
	}

	@Test
	void theCurrentUserReadsThemselvesWithAnETag() {
		String email = Api.uniqueEmail();
		UUID id = this.api.registered(email);

		this.api.get("/api/users/me", this.api.loggedIn(email).accessToken())
			.expectStatus()
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
		String email = Api.uniqueEmail();
		UUID id = this.api.registered(email);
		String token = this.api.loggedIn(email).accessToken();

		this.api.patch("/api/users/me", token, Map.of("lastName", "King"))
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.lastName")
			.isEqualTo("King")
			.jsonPath("$.firstName")
			.isEqualTo("Ada");

		try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(this.kafka, Topics.USERS)) {
			assertThat(consumer.awaitRecords(
					(r) -> id.toString().equals(r.key())
							&& "nexus.user.UserUpdated".equals(KafkaTestConsumer.header(r, CloudEventHeaders.TYPE)),
					1, Duration.ofSeconds(30)))
				.singleElement()
				.satisfies((record) -> assertThat(new String(record.value())).contains("\"lastName\":\"King\""));
		}
	}

	@Test
	void aStaleChangeIsRefusedWith409() {
		String email = Api.uniqueEmail();
		this.api.registered(email);
		String token = this.api.loggedIn(email).accessToken();
		this.api.patch("/api/users/me", token, Map.of("lastName", "King")).expectStatus().isOk();

		this.api.http()
			.patch()
			.uri("/api/users/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("lastName", "Byron"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/stale-version");
		this.api.get("/api/users/me", token).expectBody().jsonPath("$.lastName").isEqualTo("King");
	}

	@Test
	void invalidProfileChangesAre400() {
		String email = Api.uniqueEmail();
		this.api.registered(email);

		this.api.patch("/api/users/me", this.api.loggedIn(email).accessToken(), Map.of("firstName", " "))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("firstName");
	}

	@Test
	void administratorsListAccountsPagedAndFiltered() {
		String marker = "list-" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			this.api.registered(marker + "-" + i + "@example.com");
		}

		this.api.get("/api/users?email=" + marker + "&size=2&sort=email,desc", this.adminToken)
			.expectStatus()
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
		this.api.get("/api/users?size=1000", this.adminToken).expectStatus().isBadRequest();
		this.api.get("/api/users?sort=passwordHash", this.adminToken).expectStatus().isBadRequest();
	}

	@Test
	void customersCannotAdministerAccounts() {
		String email = Api.uniqueEmail();
		UUID id = this.api.registered(email);
		String token = this.api.loggedIn(email).accessToken();

		this.api.get("/api/users", token).expectStatus().isForbidden();
		this.api.get("/api/users/" + id, token).expectStatus().isForbidden();
		this.api.patch("/api/users/" + id, token, Map.of("role", "ADMIN")).expectStatus().isForbidden();
		this.api.get("/api/users/me", token).expectBody().jsonPath("$.role").isEqualTo("CUSTOMER");
	}

	@Test
	void anUnknownAccountIs404() {
		this.api.get("/api/users/" + UUID.randomUUID(), this.adminToken).expectStatus().isNotFound();
	}

	@Test
	void anAdministratorPromotesAndDeactivatesAccounts() {
		String email = Api.uniqueEmail();
		UUID id = this.api.registered(email);

		this.api.patch("/api/users/" + id, this.adminToken, Map.of("role", "ADMIN"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.role")
			.isEqualTo("ADMIN");
		this.api.patch("/api/users/" + id, this.adminToken, Map.of("active", false))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.active")
			.isEqualTo(false);

		try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(this.kafka, Topics.USERS)) {
			consumer.awaitRecords(
					(r) -> id.toString().equals(r.key())
							&& "nexus.user.UserDeactivated".equals(KafkaTestConsumer.header(r, CloudEventHeaders.TYPE)),
					1, Duration.ofSeconds(30));
		}
		this.api.login(email, Api.PASSWORD, Api.randomAddress()).expectStatus().isForbidden();
		this.api.patch("/api/users/" + id, this.adminToken, Map.of("role", "SUPERUSER")).expectStatus().isBadRequest();
	}

	@Test
	void theShopKeepsAnActiveAdministratorAndNobodyDeactivatesThemselves() {
		UUID self = this.accounts.credentials(this.adminEmail).orElseThrow().userId();

		this.api.patch("/api/users/" + self, this.adminToken, Map.of("active", false))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/cannot-deactivate-self");
		// Other administrators may exist from other tests of this class; demote them all
		// but this one through the API, then try to demote the last.
		this.accounts.list(null, nexus.platform.paging.PageQuery.first(100))
			.content()
			.stream()
			.filter((account) -> account.role() == Role.ADMIN && account.active() && !account.id().equals(self))
			.forEach((other) -> this.api.patch("/api/users/" + other.id(), this.adminToken, Map.of("role", "CUSTOMER"))
				.expectStatus()
				.isOk());

		this.api.patch("/api/users/" + self, this.adminToken, Map.of("role", "CUSTOMER"))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/last-administrator");
	}

	@Test
	void theFirstAdministratorComesFromConfiguration() {
		AdministratorBootstrap configured = new AdministratorBootstrap(this.accounts,
				new AdministratorBootstrap.AdminProperties("root-" + UUID.randomUUID() + "@nexus.test", Api.PASSWORD,
						null, null));

		configured.run(null);
		configured.run(null);

		assertThat(this.accounts.list("root-", nexus.platform.paging.PageQuery.first(10)).content())
			.anySatisfy((account) -> assertThat(account.role()).isEqualTo(Role.ADMIN));
		assertThat(this.bootstrap).isNotNull();
	}

}
