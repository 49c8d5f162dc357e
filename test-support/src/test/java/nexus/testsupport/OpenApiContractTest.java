package nexus.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract check itself, against a tiny server whose answers are known: what it must
 * report, and what it must let pass.
 */
class OpenApiContractTest {

	private static final String DOCUMENT = """
			{"openapi": "3.1.0",
			 "paths": {"/thing": {"get": {"responses": {"200": {"description": "A thing",
			   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
			 "components": {"schemas": {"Thing": {"type": "object", "required": ["name"],
			   "properties": {"name": {"type": "string"}, "labels": {"type": "object",
			     "additionalProperties": {"type": "string"}}}}}}}
			""";

	private HttpServer server;

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void aBodyAsDocumentedPasses() throws IOException {
		serve(200, "{\"name\": \"lamp\", \"labels\": {\"colour\": \"red\"}}");

		assertThat(contract().check()).isEmpty();
	}

	@Test
	void aFieldTheSchemaDoesNotNameIsAMismatch() throws IOException {
		serve(200, "{\"name\": \"lamp\", \"lineTotal\": 3}");

		List<String> violations = contract().check();

		assertThat(violations).singleElement().asString().contains("GET /thing").contains("lineTotal");
	}

	@Test
	void anUndocumentedStatusIsReported() throws IOException {
		serve(500, "{}");

		assertThat(contract().check()).singleElement().asString().contains("answered 500, which it does not document");
	}

	private OpenApiContract contract() {
		String base = "http://127.0.0.1:" + this.server.getAddress().getPort();
		return OpenApiContract.of(base, base + "/doc");
	}

	private void serve(int status, String thing) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/doc", (exchange) -> answer(exchange, 200, DOCUMENT));
		this.server.createContext("/thing", (exchange) -> answer(exchange, status, thing));
		this.server.start();
	}

	private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
			throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
