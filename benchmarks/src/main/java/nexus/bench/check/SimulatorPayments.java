package nexus.bench.check;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nexus.bench.shop.Http;
import tools.jackson.databind.JsonNode;

/**
 * The payment simulator's own record of its PaymentIntents, from its read-only
 * {@code GET /_simulator/intents}: a captured intent is {@code succeeded}; a refund is
 * flagged on it; order-service puts the order's id in its metadata.
 */
public final class SimulatorPayments implements PaymentSource {

	private final Http http;

	private final URI simulator;

	/**
	 * Reads from one simulator.
	 * @param http the HTTP client
	 * @param simulator its base URL, such as {@code http://localhost:8090}
	 */
	public SimulatorPayments(Http http, URI simulator) {
		this.http = http;
		this.simulator = simulator;
	}

	@Override
	public List<ProviderPayment> payments() {
		JsonNode intents = this.http.json("GET", this.simulator.resolve("/_simulator/intents"), null, null, Map.of())
			.path("data");
		List<ProviderPayment> payments = new ArrayList<>();
		for (JsonNode intent : intents) {
			payments.add(new ProviderPayment(intent.path("id").asString(),
					intent.path("metadata").path("order_id").asString(null), intent.path("amount").asLong(),
					"succeeded".equals(intent.path("status").asString()), intent.path("refunded").asBoolean()));
		}
		return payments;
	}

	@Override
	public String toString() {
		return "the payment simulator at " + this.simulator;
	}

}
