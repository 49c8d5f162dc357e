package nexus.system;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nexus.launcher.GatewayClient;
import nexus.launcher.GatewayClient.Response;
import nexus.launcher.LauncherSettings;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nexus as a client sees it: HTTP to the gateway, nothing else.
 */
final class Api {

	static final Duration SAGA = Duration.ofSeconds(60);

	private final GatewayClient gateway;

	Api(String gateway) {
		this.gateway = new GatewayClient(gateway);
	}

	Response call(String method, String path, String token, Object body, Map<String, String> headers) {
		return this.gateway.call(method, path, token, body, headers);
	}

	Response get(String path, String token) {
		return call("GET", path, token, null, Map.of());
	}

	Response post(String path, String token, Object body) {
		return call("POST", path, token, body, Map.of());
	}

	String login(String email, String password) {
		Response login = post("/api/auth/login", null, Map.of("email", email, "password", password));
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		return login.json().path("accessToken").asString();
	}

	String admin() {
		return login(LauncherSettings.ADMIN_EMAIL, LauncherSettings.ADMIN_PASSWORD);
	}

	/** Registers a new customer and logs them in. */
	String newCustomer() {
		String email = "shopper-" + UUID.randomUUID() + "@example.com";
		Response registered = post("/api/auth/register", null,
				Map.of("email", email, "password", "correct horse battery", "firstName", "Sam", "lastName", "Shopper"));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		return login(email, "correct horse battery");
	}

	/** An administrator adds a product in a category of its own. */
	String newProduct(String admin, String price, int stock) {
		Response category = post("/api/catalog/categories", admin, Map.of("name", "Category " + UUID.randomUUID()));
		assertThat(category.status()).as(category.toString()).isEqualTo(201);
		Response product = post("/api/catalog/products", admin,
				Map.of("name", "Product " + UUID.randomUUID(), "description", "For a system test", "price",
						new java.math.BigDecimal(price), "currency", "USD", "categoryId",
						category.json().path("id").asString(), "amountInStock", stock));
		assertThat(product.status()).as(product.toString()).isEqualTo(201);
		return product.json().path("id").asString();
	}

	int stockOf(String productId) {
		return get("/api/catalog/products/" + productId, null).json().path("amountInStock").asInt();
	}

	/**
	 * Orders explicit lines once order-service knows the product (its copy arrives by
	 * event).
	 */
	String order(String customer, String productId, int quantity) {
		Response[] placed = new Response[1];
		await().atMost(SAGA).pollInterval(Duration.ofMillis(300)).until(() -> {
			placed[0] = call("POST", "/api/orders", customer,
					Map.of("items", List.of(Map.of("productId", productId, "quantity", quantity))),
					Map.of("Idempotency-Key", UUID.randomUUID().toString()));
			return placed[0].status() == 202;
		});
		return placed[0].json().path("id").asString();
	}

	JsonNode awaitFinal(String customer, String orderId) {
		JsonNode[] order = new JsonNode[1];
		await().atMost(SAGA).pollInterval(Duration.ofMillis(300)).until(() -> {
			Response response = get("/api/orders/" + orderId, customer);
			order[0] = response.json();
			String status = order[0].path("status").asString();
			return response.status() == 200 && (status.equals("CONFIRMED") || status.equals("CANCELLED"));
		});
		return order[0];
	}

	static BigDecimal money(JsonNode value) {
		return new BigDecimal(value.asString());
	}

}
