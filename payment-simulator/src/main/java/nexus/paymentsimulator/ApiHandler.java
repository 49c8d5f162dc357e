package nexus.paymentsimulator;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code /v1} API: routes a request, applies the faults a test asked for, and honours
 * {@code Idempotency-Key} on writes.
 */
final class ApiHandler implements HttpHandler {

	private static final Pattern INTENT = Pattern.compile("/v1/payment_intents/([A-Za-z0-9_]+)");

	private static final Pattern CONFIRM = Pattern.compile("/v1/payment_intents/([A-Za-z0-9_]+)/confirm");

	private final PaymentIntents intents;

	private final Faults faults;

	private final JsonMapper json;

	private final @Nullable String apiKey;

	ApiHandler(PaymentIntents intents, Faults faults, JsonMapper json, @Nullable String apiKey) {
		this.intents = intents;
		this.faults = faults;
		this.json = json;
		this.apiKey = apiKey;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestMethod();
			String path = exchange.getRequestURI().getPath();
			Route route = route(method, path);
			if (route == null) {
				Exchanges.write(exchange, Response.error(404, "invalid_request_error", "resource_missing",
						"Unrecognized request URL (" + method + ": " + path + ")."), this.json);
				return;
			}
			Exchanges.write(exchange, handle(exchange, route), this.json);
		}
	}

	private Response handle(HttpExchange exchange, Route route) throws IOException {
		if (this.apiKey != null
				&& !("Bearer " + this.apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			return Response.error(401, "invalid_request_error", "api_key_invalid", "Invalid API Key provided.");
		}
		Faults.Plan plan = this.faults.enter(route.operation());
		try {
			// The delay comes first and the work after it, so that a caller that gave up
			// waiting still finds the work done when it retries with the same key.
			if (!plan.delay().isZero()) {
				LockSupport.parkNanos(plan.delay().toNanos());
			}
			if (plan.fail()) {
				return Response.error(500, "api_error", null, "Simulated provider failure.");
			}
			Map<String, String> form = "POST".equals(exchange.getRequestMethod()) ? Exchanges.form(exchange) : Map.of();
			String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
			if (key == null || !"POST".equals(exchange.getRequestMethod())) {
				return execute(route, form);
			}
			String fingerprint = exchange.getRequestURI().getPath() + "?" + form;
			return this.intents.idempotent(key, fingerprint, () -> execute(route, form));
		}
		finally {
			this.faults.exit(plan);
		}
	}

	private Response execute(Route route, Map<String, String> form) {
		return switch (route.operation()) {
			case CREATE -> this.intents.create(form);
			case CONFIRM -> this.intents.confirm(route.id());
			case RETRIEVE -> this.intents.retrieve(route.id());
			case REFUND -> this.intents.refund(form);
		};
	}

	private static @Nullable Route route(String method, String path) {
		if ("POST".equals(method) && "/v1/payment_intents".equals(path)) {
			return new Route(Operation.CREATE, null);
		}
		if ("POST".equals(method) && "/v1/refunds".equals(path)) {
			return new Route(Operation.REFUND, null);
		}
		Matcher confirm = CONFIRM.matcher(path);
		if ("POST".equals(method) && confirm.matches()) {
			return new Route(Operation.CONFIRM, confirm.group(1));
		}
		Matcher intent = INTENT.matcher(path);
		if ("GET".equals(method) && intent.matches()) {
			return new Route(Operation.RETRIEVE, intent.group(1));
		}
		return null;
	}

	private record Route(Operation operation, @Nullable String id) {
	}

}
