package nexus.system;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import nexus.launcher.GatewayClient;
import nexus.launcher.LocalStack;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Taking access away through the real processes: a deactivated customer's still-valid
 * access token is refused at the gateway and at order-service called directly within 5 s,
 * and still after order-service restarts (its revocation view is rebuilt from the users
 * topic).
 */
class RevocationSystemIT {

	private static final String REVOKED = "https://nexus.dev/problems/token-revoked";

	@Test
	void aDeactivatedCustomersTokenIsRefusedEverywhereWithinSecondsAndAfterARestart() {
		LocalStack stack = RunningNexus.stack();
		Api api = new Api(stack.gatewayUrl());
		GatewayClient orderService = new GatewayClient(stack.url("order-service"));
		String admin = api.admin();
		String email = "revoked-" + UUID.randomUUID() + "@example.com";
		assertThat(api
			.post("/api/auth/register", null,
					Map.of("email", email, "password", "correct horse battery", "firstName", "Eve", "lastName", "Gone"))
			.status()).isEqualTo(201);
		String customer = api.login(email, "correct horse battery");
		String id = api.get("/api/users/me", customer).json().path("id").asString();
		assertThat(api.get("/api/cart", customer).status()).isEqualTo(200);
		assertThat(orderService.call("GET", "/api/cart", customer, null, Map.of()).status()).isEqualTo(200);

		long start = System.nanoTime();
		GatewayClient.Response deactivated = api.call("PATCH", "/api/users/" + id, admin, Map.of("active", false),
				Map.of("If-Match", "\"0\""));
		assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> api.get("/api/cart", customer).status() == 401);
		long gateway = (System.nanoTime() - start) / 1_000_000;
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> orderService.call("GET", "/api/cart", customer, null, Map.of()).status() == 401);
		System.out.printf("Deactivation to refusal: gateway %d ms, order-service %d ms%n", gateway,
				(System.nanoTime() - start) / 1_000_000);

		GatewayClient.Response order = api.call("POST", "/api/orders", customer, Map.of("fromCart", true),
				Map.of("Idempotency-Key", UUID.randomUUID().toString()));
		assertThat(order.status()).isEqualTo(401);
		assertThat(order.json().path("type").asString()).isEqualTo(REVOKED);
		assertThat(orderService.call("GET", "/api/cart", customer, null, Map.of()).json().path("type").asString())
			.isEqualTo(REVOKED);

		stack.stopApplication("order-service");
		stack.startApplication("order-service");

		GatewayClient.Response afterRestart = orderService.call("GET", "/api/cart", customer, null, Map.of());
		assertThat(afterRestart.status()).as(afterRestart.toString()).isEqualTo(401);
		assertThat(afterRestart.json().path("type").asString()).isEqualTo(REVOKED);
	}

}
