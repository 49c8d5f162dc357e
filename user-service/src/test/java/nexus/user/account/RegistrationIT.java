package nexus.user.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nexus.events.Topics;
import nexus.events.user.UserRegistered;
import nexus.user.UserServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationIT extends UserServiceIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void registrationOpensACustomerAccountAndPublishesUserRegisteredOnce() {
		String email = uniqueEmail();

		String body = register("  " + email.toUpperCase() + " ", PASSWORD).expectStatus()
			.isCreated()
			.expectHeader()
			.exists("Location")
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo(email)
			.jsonPath("$.role")
			.isEqualTo("CUSTOMER")
			.jsonPath("$.firstName")
			.isEqualTo("Ada")
			.returnResult()
			.getResponseBodyContent()
			.toString();

		UUID id = this.jdbc.sql("SELECT id FROM users WHERE email = :email")
			.param("email", email)
			.query(UUID.class)
			.single();
		assertThat(awaitPublished(id, UserRegistered.class, 1)).singleElement().satisfies((event) -> {
			assertThat(event.userId()).isEqualTo(id);
			assertThat(event.email()).isEqualTo(email);
			assertThat(event.role()).isEqualTo("CUSTOMER");
		});
		assertThat(publishedWithin(id, Topics.USERS, Duration.ofSeconds(1))).hasSize(1);
		assertThat(body).doesNotContain(PASSWORD).doesNotContain("argon").doesNotContain("password");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"email\":", "{}",
			"{\"email\":\"not-an-address\",\"password\":\"correct horse battery\","
					+ "\"firstName\":\"A\",\"lastName\":\"L\"}",
			"{\"email\":\"weak@example.com\",\"password\":\"password123\",\"firstName\":\"A\",\"lastName\":\"L\"}",
			"{\"email\":\"short@example.com\",\"password\":\"abc\",\"firstName\":\"A\",\"lastName\":\"L\"}",
			"{\"email\":\"same@example.com\",\"password\":\"same@example.com\",\"firstName\":\"A\",\"lastName\":\"L\"}",
			"{\"email\":\"long@example.com\",\"password\":\"correct horse battery\",\"firstName\":\"A\","
					+ "\"lastName\":\"LLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL\"}",
			"{\"email\":\"blank@example.com\",\"password\":\"correct horse battery\",\"firstName\":\" \",\"lastName\":\"L\"}" })
	void invalidRegistrationsAnswer400AndOpenNoAccount(String body) {
		long before = accountRows();

		this.http.post()
			.uri("/api/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(accountRows()).isEqualTo(before);
	}

	@Test
	void aWeakPasswordIsExplainedOnItsField() {
		register(uniqueEmail(), "password123").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/weak-password")
			.jsonPath("$.errors[0].field")
			.isEqualTo("password");
	}

	@Test
	void aSecondAccountWithTheSameEmailInAnyCaseIsRefused() {
		String email = uniqueEmail();
		registered(email);

		register(email.toUpperCase(), PASSWORD).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/duplicate-email");
	}

	@Test
	void concurrentRegistrationsWithOneEmailOpenOneAccount() throws Exception {
		String email = uniqueEmail();
		int racers = 4;
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Integer>> registrations = new ArrayList<>();
		for (int i = 0; i < racers; i++) {
			String spelling = (i % 2 == 0) ? email : email.toUpperCase();
			registrations.add(() -> {
				start.await();
				return register(spelling, PASSWORD).returnResult().getStatus().value();
			});
		}
		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
			List<Future<Integer>> results = registrations.stream().map(pool::submit).toList();
			start.countDown();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
		}

		assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
		assertThat(this.jdbc.sql("SELECT count(*) FROM users WHERE lower(email) = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long accountRows() {
		return this.jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
	}

}
