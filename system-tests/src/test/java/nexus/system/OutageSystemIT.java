package nexus.system;

import java.util.ArrayList;
import java.util.List;

import nexus.launcher.GatewayClient;
import nexus.launcher.LocalStack;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * order-service goes away and comes back: the gateway answers for it meanwhile, and
 * nothing that was accepted is lost.
 */
class OutageSystemIT {

	@Test
	void ordersPlacedJustBeforeOrderServiceStopsReachAFinalStateAfterItRestarts() {
		LocalStack stack = RunningNexus.stack();
		Api api = new Api(stack.gatewayUrl());
		String product = api.newProduct(api.admin(), "4.00", 20);
		String customer = api.newCustomer();
		List<String> orders = new ArrayList<>();
		orders.add(api.order(customer, product, 1));
		orders.add(api.order(customer, product, 1));
		orders.add(api.order(customer, product, 1));

		stack.stopApplication("order-service");

		GatewayClient.Response unavailable = api.get("/api/orders", customer);
		assertThat(unavailable.status()).isEqualTo(503);
		assertThat(unavailable.json().path("type").asString())
			.isEqualTo("https://nexus.dev/problems/service-unavailable");
		assertThat(unavailable.json().path("detail").asString()).contains("order-service");

		stack.startApplication("order-service");

		for (String orderId : orders) {
			JsonNode order = api.awaitFinal(customer, orderId);
			assertThat(order.path("status").asString()).as(order.toString()).isEqualTo("CONFIRMED");
		}
		await().atMost(Api.SAGA).untilAsserted(() -> assertThat(api.stockOf(product)).isEqualTo(17));
	}

}
