package nexus.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import nexus.launcher.LocalStack;
import nexus.launcher.Supervisor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service that dies after start-up, as an OutOfMemoryError or a crash would end it,
 * comes back by itself: the launcher's supervisor starts it again, and what was accepted
 * meanwhile still completes.
 */
class SupervisionSystemIT {

	// Start-up on a busy machine, plus the broker noticing the dead consumer's session.
	private static final Duration BACK = Duration.ofMinutes(4);

	@Test
	void catalogServiceKilledWithSigkillComesBackAndOrdersPlacedMeanwhileAreConfirmed() {
		LocalStack stack = RunningNexus.stack();
		Api api = new Api(stack.gatewayUrl());
		String product = api.newProduct(api.admin(), "3.00", 20);
		String customer = api.newCustomer();
		List<String> orders = new ArrayList<>();
		orders.add(api.order(customer, product, 1));
		Supervisor.Status before = stack.status("catalog-service");
		ProcessHandle catalog = ProcessHandle.of(stack.pid("catalog-service")).orElseThrow();

		catalog.destroyForcibly();
		catalog.onExit().join();
		// order-service takes orders while catalog-service is down; their stock is
		// reserved once it is back.
		orders.add(api.order(customer, product, 1));
		orders.add(api.order(customer, product, 1));

		await().atMost(BACK).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			Supervisor.Status status = stack.status("catalog-service");
			assertThat(status.state()).isEqualTo(Supervisor.State.UP);
			assertThat(status.restarts()).isEqualTo(before.restarts() + 1);
		});
		Supervisor.Status after = stack.status("catalog-service");
		assertThat(after.pid()).isNotEqualTo(catalog.pid());
		assertThat(after.lastExit()).isEqualTo("exit status 137: killed by signal 9 (SIGKILL)");
		for (String orderId : orders) {
			JsonNode order = awaitFinal(api, customer, orderId);
			assertThat(order.path("status").asString()).as(order.toString()).isEqualTo("CONFIRMED");
		}
		await().atMost(Api.SAGA).untilAsserted(() -> assertThat(api.stockOf(product)).isEqualTo(17));
	}

	private static JsonNode awaitFinal(Api api, String customer, String orderId) {
		JsonNode[] order = new JsonNode[1];
		await().atMost(BACK).pollInterval(Duration.ofMillis(500)).until(() -> {
			order[0] = api.get("/api/orders/" + orderId, customer).json();
			String status = order[0].path("status").asString();
			return status.equals("CONFIRMED") || status.equals("CANCELLED");
		});
		return order[0];
	}

}
