package nexus.user;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * user-service's HTTP API as tests use it. Every call comes from its own client address
 * (X-Forwarded-For), unless a test picks one, so that login throttling of one test does
 * not spill into another.
 */
public final class Api {

	public static final String PASSWORD = "correct horse battery";

	private final RestTestClient http;

	public Api(int port) {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

	public RestTestClient http() {
		return this.http;
	}

	public static String uniqueEmail() {
		return "user-" + UUID.randomUUID() + "@example.com";
	}

	public static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	public RestTestClient.ResponseSpec register(String email, String password) {
		return this.http.post()
			.uri("/api/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", email, "password", password, "firstName", "Ada", "lastName", "Lovelace"))
			.exchange();
	}

	public UUID registered(String email) {
		Map<?, ?> body = register(email, PASSWORD).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) body.get("id"));
	}

	public RestTestClient.ResponseSpec login(String email, String password, String clientAddress) {
		return this.http.post()
			.uri("/api/auth/login")
			.header("X-Forwarded-For", clientAddress)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", email, "password", password))
			.exchange();
	}

	public Tokens loggedIn(String email) {
		return login(email, PASSWORD, randomAddress()).expectStatus()
			.isOk()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();
	}

	public RestTestClient.ResponseSpec refresh(String refreshToken) {
		return this.http.post()
			.uri("/api/auth/refresh")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("refreshToken", refreshToken))
			.exchange();
	}

	public RestTestClient.ResponseSpec logout(String refreshToken) {
		return this.http.post()
			.uri("/api/auth/logout")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("refreshToken", refreshToken))
			.exchange();
	}

	public RestTestClient.ResponseSpec get(String path, String accessToken) {
		return this.http.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken).exchange();
	}

	public RestTestClient.ResponseSpec patch(String path, String accessToken, Object body) {
		return this.http.patch()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	/**
	 * A token response.
	 *
	 * @param accessToken the access token
	 * @param refreshToken the refresh token
	 * @param tokenType always Bearer
	 * @param expiresIn seconds
	 */
	public record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {
	}

}
