package nexus.paymentsimulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading form bodies and query strings, writing JSON answers.
 */
final class Exchanges {

	private Exchanges() {
	}

	/**
	 * Form fields ({@code application/x-www-form-urlencoded}, as Stripe's API takes
	 * them), sorted by name.
	 */
	static Map<String, String> form(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return decode(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	static Map<String, String> query(HttpExchange exchange) {
		String query = exchange.getRequestURI().getRawQuery();
		return (query != null) ? decode(query) : Map.of();
	}

	static Map<String, String> decode(String encoded) {
		Map<String, String> fields = new TreeMap<>();
		for (String pair : encoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return fields;
	}

	static void write(HttpExchange exchange, Response response, JsonMapper json) throws IOException {
		byte[] body = json.writeValueAsBytes(response.body());
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(response.status(), body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
