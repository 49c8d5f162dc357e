package nexus.paymentsimulator;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /_simulator/*}: the same controls as the Java API, for a simulator running as a
 * process (the local default).
 * <ul>
 * <li>{@code POST /_simulator/slow?delayMs=2000&calls=3&operation=confirm}</li>
 * <li>{@code POST /_simulator/fail?calls=2&operation=create}</li>
 * <li>{@code POST /_simulator/down?seconds=30} (comes back up by itself)</li>
 * <li>{@code POST /_simulator/decline-above?amount=5000.00}</li>
 * <li>{@code POST /_simulator/reset}</li>
 * <li>{@code GET /_simulator/intents}</li>
 * <li>{@code GET /_simulator/health} (answers 200 while it is up: for health checks)</li>
 * </ul>
 */
final class ControlHandler implements HttpHandler {

	private final PaymentSimulator simulator;

	private final JsonMapper json;

	ControlHandler(PaymentSimulator simulator, JsonMapper json) {
		this.simulator = simulator;
		this.json = json;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Map<String, String> query = Exchanges.query(exchange);
			String action = exchange.getRequestURI().getPath().substring("/_simulator/".length());
			Response response;
			try {
				response = apply(exchange.getRequestMethod(), action, query);
			}
			catch (IllegalArgumentException | ArithmeticException ex) {
				response = Response.badRequest("parameter_invalid", String.valueOf(ex.getMessage()));
			}
			Exchanges.write(exchange, response, this.json);
		}
	}

	private Response apply(String method, String action, Map<String, String> query) {
		if ("GET".equals(method) && "health".equals(action)) {
			ObjectNode body = JsonNodeFactory.instance.objectNode();
			body.put("status", "UP");
			return Response.ok(body);
		}
		if ("GET".equals(method) && "intents".equals(action)) {
			ObjectNode body = JsonNodeFactory.instance.objectNode();
			body.set("data", this.json.valueToTree(this.simulator.intents()));
			return Response.ok(body);
		}
		if (!"POST".equals(method)) {
			return Response.error(405, "invalid_request_error", null, "Use POST");
		}
		Operation[] operations = operations(query.get("operation"));
		int calls = Integer.parseInt(query.getOrDefault("calls", "1"));
		switch (action) {
			case "slow" ->
				this.simulator.slowDown(millis(query.get("delayMs"), Duration.ofSeconds(2)), calls, operations);
			case "fail" -> this.simulator.failNext(calls, operations);
			case "down" ->
				this.simulator.downFor(Duration.ofSeconds(Long.parseLong(query.getOrDefault("seconds", "30"))));
			case "decline-above" ->
				this.simulator.declineAbove(SimulatorSettings.toMinor(new BigDecimal(query.get("amount"))));
			case "reset" -> this.simulator.reset();
			default -> {
				return Response.notFound("control", action);
			}
		}
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("applied", action);
		return Response.ok(body);
	}

	private static Duration millis(@Nullable String value, Duration fallback) {
		return (value != null) ? Duration.ofMillis(Long.parseLong(value)) : fallback;
	}

	private static Operation[] operations(@Nullable String names) {
		if (names == null || names.isBlank() || "any".equalsIgnoreCase(names)) {
			return new Operation[0];
		}
		String[] parts = names.split(",");
		Operation[] operations = new Operation[parts.length];
		for (int i = 0; i < parts.length; i++) {
			operations[i] = Operation.valueOf(parts[i].trim().toUpperCase(Locale.ROOT));
		}
		return operations;
	}

}
