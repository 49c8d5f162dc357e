package nexus.user;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import nexus.testsupport.ServiceIntegrationTest;
import nexus.user.account.AccountChange;
import nexus.user.account.AccountService;
import nexus.user.account.Registration;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What every integration test of user-service shares, on top of the services' one harness
 * ({@link ServiceIntegrationTest}), so that they all run in one application context with
 * a real PostgreSQL and Kafka and signing keys of their own: user-service's HTTP API as
 * the tests use it. Every login comes from its own client address
 * ({@code X-Forwarded-For}) unless a test picks one, so that the login throttling of one
 * test does not spill into another.
 */
@TestPropertySource(properties = { "nexus.tokens.keys.location=target/test-keys" })
public abstract class UserServiceIntegrationTest extends ServiceIntegrationTest {

	protected static final String PASSWORD = "correct horse battery";

	@Autowired
	protected AccountService accounts;

	protected static String uniqueEmail() {
		return "user-" + UUID.randomUUID() + "@example.com";
	}

	protected static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	// --- accounts

	protected RestTestClient.ResponseSpec register(String email, String password) {
		return this.http.post()
			.uri("/api/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", email, "password", password, "firstName", "Ada", "lastName", "Lovelace"))
			.exchange();
	}

	protected UUID registered(String email) {
		Map<?, ?> body = register(email, PASSWORD).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) body.get("id"));
	}

	/**
	 * An administrator, opened as the configured first administrator is.
	 * @param email its e-mail address
	 * @return its id
	 */
	protected UUID administrator(String email) {
		return this.accounts.openAdministratorIfAbsent(new Registration(email, PASSWORD, "Root", "Admin"))
			.orElseThrow()
			.id();
	}

	/**
	 * An administrator deactivates or reactivates an account, as of its current version.
	 * @param administrator who
	 * @param account whose account
	 * @param active whether it may log in
	 */
	protected void setActive(UUID administrator, UUID account, boolean active) {
		this.accounts.administer(administrator, account, new AccountChange(null, null, null, active),
				this.accounts.get(account).version());
	}

	// --- tokens

	protected RestTestClient.ResponseSpec login(String email, String password, String clientAddress) {
		return this.http.post()
			.uri("/api/auth/login")
			.header("X-Forwarded-For", clientAddress)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", email, "password", password))
			.exchange();
	}

	protected Tokens loggedIn(String email) {
		return login(email, PASSWORD, randomAddress()).expectStatus()
			.isOk()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();
	}

	protected RestTestClient.ResponseSpec refresh(String refreshToken) {
		return presenting(refreshToken, "/api/auth/refresh");
	}

	protected RestTestClient.ResponseSpec logout(String refreshToken) {
		return presenting(refreshToken, "/api/auth/logout");
	}

	private RestTestClient.ResponseSpec presenting(String refreshToken, String path) {
		return this.http.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("refreshToken", refreshToken))
			.exchange();
	}

	// --- authenticated calls

	protected RestTestClient.ResponseSpec get(String path, String accessToken) {
		return this.http.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken).exchange();
	}

	/**
	 * A {@code PATCH} with a JSON body.
	 * @param path the path
	 * @param accessToken the caller's token
	 * @param ifMatch the {@code If-Match} header, or {@code null} for none
	 * @param body the body
	 * @return the response
	 */
	protected RestTestClient.ResponseSpec patch(String path, String accessToken, @Nullable String ifMatch,
			Object body) {
		return this.http.patch()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
			.headers((headers) -> {
				if (ifMatch != null) {
					headers.setIfMatch(ifMatch);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	/**
	 * The ETag of a resource, as its reader sees it.
	 * @param path the path
	 * @param accessToken the reader's token
	 * @return the ETag
	 */
	protected String etagOf(String path, String accessToken) {
		return get(path, accessToken).expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
	}

	/**
	 * A token response.
	 *
	 * @param accessToken the access token
	 * @param refreshToken the refresh token
	 * @param tokenType always Bearer
	 * @param expiresIn seconds
	 */
	protected record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {
	}

}
