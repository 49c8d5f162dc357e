package nexus.system;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import nexus.launcher.GatewayClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shop's life through the gateway, with every service, the broker, the database and the
 * payment simulator running as the real processes.
 */
class OrderJourneySystemIT {

	static Api api;

	@BeforeAll
	static void nexus() {
		api = new Api(RunningNexus.stack().gatewayUrl());
	}

	@Test
	void aCustomerBuysFromTheCartAndTheOrderIsConfirmedPaidAndTakenFromStock() {
		String admin = api.admin();
		String product = api.newProduct(admin, "12.50", 10);
		String customer = api.newCustomer();
		await().atMost(Api.SAGA)
			.until(() -> api.post("/api/cart/items", customer, Map.of("productId", product, "quantity", 2))
				.status() < 300);
		assertThat(api.get("/api/cart", customer).json().path("totalAmount").asString()).isEqualTo("25.00");

		GatewayClient.Response placed = api.call("POST", "/api/orders", customer, Map.of("fromCart", true),
				Map.of("Idempotency-Key", UUID.randomUUID().toString()));
		assertThat(placed.status()).as(placed.toString()).isEqualTo(202);
		JsonNode order = api.awaitFinal(customer, placed.json().path("id").asString());

		assertThat(order.path("status").asString()).isEqualTo("CONFIRMED");
		assertThat(api.stockOf(product)).isEqualTo(8);
		assertThat(api.get("/api/cart", customer).json().path("items")).isEmpty();
		JsonNode payments = api.get("/api/payments", customer).json().path("content");
		assertThat(payments).hasSize(1);
		assertThat(payments.get(0).path("orderId").asString()).isEqualTo(order.path("id").asString());
		assertThat(payments.get(0).path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(Api.money(payments.get(0).path("amount"))).isEqualByComparingTo("25.00");
	}

	@Test
	void anOrderForMoreThanTheStockIsCancelledOutOfStockAndTheStockIsUnchanged() {
		String product = api.newProduct(api.admin(), "9.99", 3);
		String customer = api.newCustomer();

		JsonNode order = api.awaitFinal(customer, api.order(customer, product, 5));

		assertThat(order.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(order.path("statusReason").asString()).isEqualTo("OUT_OF_STOCK");
		assertThat(api.stockOf(product)).isEqualTo(3);
	}

	@Test
	void anOrderOverTheDeclineLimitIsCancelledAndItsStockComesBack() {
		String product = api.newProduct(api.admin(), "6000.00", 5);
		String customer = api.newCustomer();

		JsonNode order = api.awaitFinal(customer, api.order(customer, product, 1));

		assertThat(order.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(order.path("statusReason").asString()).isEqualTo("PAYMENT_DECLINED");
		await().atMost(Api.SAGA).untilAsserted(() -> assertThat(api.stockOf(product)).isEqualTo(5));
	}

	@Test
	void aCustomerCannotReadAnotherCustomersOrder() {
		String product = api.newProduct(api.admin(), "3.00", 10);
		String owner = api.newCustomer();
		String orderId = api.order(owner, product, 1);

		GatewayClient.Response stranger = api.get("/api/orders/" + orderId, api.newCustomer());

		assertThat(stranger.status()).isEqualTo(404);
		assertThat(stranger.json().path("type").asString()).isEqualTo("https://nexus.dev/problems/not-found");
		assertThat(api.get("/api/orders/" + orderId, owner).status()).isEqualTo(200);
	}

	@Test
	void theSameFlowWorksThroughGraphql() {
		String product = api.newProduct(api.admin(), "7.25", 6);
		String email = "graphql-" + UUID.randomUUID() + "@example.com";
		JsonNode registered = graphql(null, "mutation { register(input: {email: \"" + email
				+ "\", password: \"correct horse battery\", firstName: \"Gra\", lastName: \"Phql\"}) { id email } }");
		assertThat(registered.path("register").path("email").asString()).isEqualTo(email);
		String token = graphql(null,
				"mutation { login(email: \"" + email + "\", password: \"correct horse battery\") { accessToken } }")
			.path("login")
			.path("accessToken")
			.asString();

		await().atMost(Api.SAGA)
			.until(() -> !graphqlResponse(token,
					"mutation { addToCart(productId: \"" + product + "\", quantity: 3) { totalAmount } }")
				.path("data")
				.path("addToCart")
				.isMissingNode());
		String orderId = graphql(token,
				"mutation { createOrder(fromCart: true, idempotencyKey: \"" + UUID.randomUUID() + "\") { id status } }")
			.path("createOrder")
			.path("id")
			.asString();

		await().atMost(Api.SAGA)
			.pollInterval(Duration.ofMillis(300))
			.untilAsserted(() -> assertThat(
					graphql(token, "{ order(id: \"" + orderId + "\") { status items { quantity product { name } } } }")
						.path("order")
						.path("status")
						.asString())
				.isEqualTo("CONFIRMED"));
		JsonNode mine = graphql(token, "{ orders { content { id totalAmount } } payments { content { status } } }");
		assertThat(mine.path("orders").path("content").get(0).path("totalAmount").asString()).isEqualTo("21.75");
		assertThat(mine.path("payments").path("content").get(0).path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(graphql(null, "{ product(id: \"" + product + "\") { amountInStock } }").path("product")
			.path("amountInStock")
			.asInt()).isEqualTo(3);

		// A product's reviews come through the gateway's batch loader and
		// catalog-service's
		// batch endpoint.
		graphql(token,
				"mutation { createReview(productId: \"" + product + "\", stars: 5, comment: \"Worth it.\") { id } }");
		JsonNode reviews = graphql(null,
				"{ product(id: \"" + product
						+ "\") { reviews(size: 5) { content { comment stars } page { totalElements } } } }")
			.path("product")
			.path("reviews");
		assertThat(reviews.path("content").get(0).path("comment").asString()).isEqualTo("Worth it.");
		assertThat(reviews.path("page").path("totalElements").asInt()).isEqualTo(1);
	}

	private static JsonNode graphql(String token, String query) {
		JsonNode response = graphqlResponse(token, query);
		assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
		return response.path("data");
	}

	private static JsonNode graphqlResponse(String token, String query) {
		GatewayClient.Response response = api.post("/graphql", token, Map.of("query", query));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

}
