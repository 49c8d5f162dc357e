package nexus.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A contract test of a service against its own OpenAPI document: every operation of the
 * document is called with a request made from the document (path, query and header
 * parameters from their examples, a body from its schema's examples), and every answer is
 * checked: its status must be documented for the operation, and its body must match the
 * documented schema of that status and media type, with no field the schema does not
 * name. Nothing is hand-written per operation, so the document cannot drift from the code
 * unnoticed.
 * <p>
 * A service's test names values for parameters and body fields that must refer to
 * something that exists ({@link #value}), such as the id of a product it created, and
 * which token to call with.
 */
public final class OpenApiContract {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> ORDER = List.of("get", "head", "post", "put", "patch", "delete");

	private final String baseUrl;

	private final JsonNode document;

	private final Map<String, String> values = new HashMap<>();

	private final List<String> skipped = new ArrayList<>();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private @Nullable String token;

	private OpenApiContract(String baseUrl, JsonNode document) {
		this.baseUrl = baseUrl;
		this.document = document;
		SchemaRegistry registry = SchemaRegistry.withDialect(document.path("openapi").asString().startsWith("3.0")
				? Dialects.getOpenApi30() : Dialects.getOpenApi31());
		this.registry = registry;
	}

	private final SchemaRegistry registry;

	/**
	 * Reads a service's document from {@code /v3/api-docs}.
	 * @param baseUrl the service's address
	 * @return the contract
	 */
	public static OpenApiContract of(String baseUrl) {
		return of(baseUrl, baseUrl + "/v3/api-docs");
	}

	/**
	 * Reads a document from where it is served, such as the gateway's
	 * {@code /service-docs/<service>}, to call its operations at another address.
	 * @param baseUrl where the operations are called
	 * @param documentUrl where the document is read
	 * @return the contract
	 */
	public static OpenApiContract of(String baseUrl, String documentUrl) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(documentUrl)).GET().build(),
						HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("No OpenAPI document at " + documentUrl + ": " + response.statusCode());
			}
			return new OpenApiContract(baseUrl, JSON.readTree(response.body()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The document.
	 * @return the parsed document
	 */
	public JsonNode document() {
		return this.document;
	}

	/**
	 * A value for every path, query or header parameter and every body field of this
	 * name, such as the id of something the test created.
	 * @param name the parameter or field name
	 * @param value its value
	 * @return this contract
	 */
	public OpenApiContract value(String name, Object value) {
		this.values.put(name, String.valueOf(value));
		return this;
	}

	/**
	 * The access token of the calls that need one.
	 * @param accessToken the token
	 * @return this contract
	 */
	public OpenApiContract token(String accessToken) {
		this.token = accessToken;
		return this;
	}

	/**
	 * Operations the test does not call, as {@code "POST /api/x"}, with the reason in the
	 * test.
	 * @param operation the method and path
	 * @return this contract
	 */
	public OpenApiContract skip(String operation) {
		this.skipped.add(operation);
		return this;
	}

	/**
	 * Calls every operation once, reads first and deletions last.
	 * @return what does not match the document, one line each; empty when all does
	 */
	public List<String> check() {
		List<String[]> operations = new ArrayList<>();
		this.document.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((method) -> {
			if (ORDER.contains(method.getKey())) {
				operations.add(new String[] { method.getKey(), path.getKey() });
			}
		}));
		operations.sort(Comparator.comparingInt((String[] operation) -> ORDER.indexOf(operation[0]))
			.thenComparing((operation) -> operation[1]));
		List<String> violations = new ArrayList<>();
		for (String[] operation : operations) {
			String name = operation[0].toUpperCase(java.util.Locale.ROOT) + " " + operation[1];
			if (this.skipped.contains(name)) {
				continue;
			}
			JsonNode spec = this.document.path("paths").path(operation[1]).path(operation[0]);
			if (spec.path("responses").propertyNames().stream().noneMatch((status) -> status.startsWith("2"))) {
				violations.add(name + " documents no success response");
			}
			try {
				check(name, operation[0], operation[1], spec, violations);
			}
			catch (IOException | RuntimeException ex) {
				violations.add(name + ": the call failed: " + ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return violations;
	}

	private void check(String name, String method, String path, JsonNode spec, List<String> violations)
			throws IOException, InterruptedException {
		String resolvedPath = path;
		StringBuilder query = new StringBuilder();
		HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(20));
		for (JsonNode parameter : parameters(spec)) {
			String parameterName = parameter.path("name").asString();
			String in = parameter.path("in").asString();
			String value = parameterValue(parameter);
			if (value == null) {
				continue;
			}
			switch (in) {
				case "path" -> resolvedPath = resolvedPath.replace("{" + parameterName + "}", encode(value));
				case "query" -> query.append((query.length() == 0) ? "?" : "&")
					.append(encode(parameterName))
					.append('=')
					.append(encode(value));
				case "header" -> request.header(parameterName, value);
				default -> {
				}
			}
		}
		boolean secured = !spec.has("security") || !spec.path("security").isEmpty();
		if (secured && this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
		JsonNode requestBody = spec.path("requestBody");
		if (!requestBody.isMissingNode()) {
			JsonNode json = requestBody.path("content").path("application/json");
			if (json.isMissingNode()) {
				violations.add(name + ": request body is not application/json; not called");
				return;
			}
			JsonNode sample = sample(json.path("schema"), json.path("example"), 0);
			request.header("Content-Type", "application/json");
			body = HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(sample));
		}
		request.uri(URI.create(this.baseUrl + resolvedPath + query));
		request.method(method.toUpperCase(java.util.Locale.ROOT), body);
		HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		String status = Integer.toString(response.statusCode());
		JsonNode responses = spec.path("responses");
		JsonNode documented = responses.has(status) ? responses.path(status) : responses.has(status.charAt(0) + "XX")
				? responses.path(status.charAt(0) + "XX") : responses.path("default");
		if (documented.isMissingNode()) {
			violations
				.add(name + " answered " + status + ", which it does not document: " + abbreviate(response.body()));
			return;
		}
		documented = resolve(documented);
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		if (response.body().isEmpty() || method.equals("head")) {
			return;
		}
		String mediaType = contentType.split(";")[0].trim();
		JsonNode content = documented.path("content").path(mediaType);
		if (content.isMissingNode()) {
			violations.add(name + " answered " + status + " with " + mediaType + ", which it does not document; "
					+ "documented: " + documented.path("content").propertyNames());
			return;
		}
		if (!mediaType.endsWith("json")) {
			return;
		}
		List<Error> errors = schema(content.path("schema")).validate(JSON.readTree(response.body()));
		if (!errors.isEmpty()) {
			violations.add(name + " answered " + status + " with a body that does not match its schema: "
					+ errors.stream().map(Error::toString).toList() + " in " + abbreviate(response.body()));
		}
	}

	private List<JsonNode> parameters(JsonNode spec) {
		List<JsonNode> parameters = new ArrayList<>();
		spec.path("parameters").forEach((parameter) -> parameters.add(resolve(parameter)));
		return parameters;
	}

	private @Nullable String parameterValue(JsonNode parameter) {
		String name = parameter.path("name").asString();
		if (this.values.containsKey(name)) {
			return this.values.get(name);
		}
		JsonNode example = parameter.path("example");
		boolean required = parameter.path("required").asBoolean(false);
		if (example.isMissingNode() && !required && !"path".equals(parameter.path("in").asString())) {
			return null;
		}
		JsonNode sample = sample(parameter.path("schema"), example, 0);
		if (sample.isArray()) {
			List<String> items = new ArrayList<>();
			sample.forEach((item) -> items.add(item.asString()));
			return String.join(",", items);
		}
		return sample.isNull() ? null : sample.asString();
	}

	/**
	 * A value that fits a schema: its example, default or first enum constant, or one
	 * made from its type and bounds; objects get their required properties and those with
	 * an example.
	 */
	private JsonNode sample(JsonNode schemaNode, @Nullable JsonNode example, int depth) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (example != null && !example.isMissingNode() && !example.isNull()) {
			return example;
		}
		JsonNode schema = resolve(schemaNode);
		if (schema.has("example")) {
			return schema.path("example");
		}
		if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
			return schema.path("examples").get(0);
		}
		if (schema.has("default")) {
			return schema.path("default");
		}
		if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
			return schema.path("enum").get(0);
		}
		if (schema.has("allOf")) {
			ObjectNode merged = nodes.objectNode();
			schema.path("allOf").forEach((part) -> {
				JsonNode sample = sample(part, null, depth + 1);
				if (sample instanceof ObjectNode object) {
					merged.setAll(object);
				}
			});
			return merged;
		}
		for (String choice : List.of("oneOf", "anyOf")) {
			if (schema.has(choice)) {
				return sample(schema.path(choice).get(0), null, depth + 1);
			}
		}
		String type = type(schema);
		String format = schema.path("format").asString("");
		return switch (type) {
			case "object" -> {
				ObjectNode object = nodes.objectNode();
				if (depth > 6) {
					yield object;
				}
				List<String> required = new ArrayList<>();
				schema.path("required").forEach((field) -> required.add(field.asString()));
				schema.path("properties").properties().forEach((property) -> {
					JsonNode propertySchema = resolve(property.getValue());
					if (propertySchema.path("readOnly").asBoolean(false)) {
						return;
					}
					if (this.values.containsKey(property.getKey())) {
						object.set(property.getKey(), typed(propertySchema, this.values.get(property.getKey())));
					}
					else if (required.contains(property.getKey()) || propertySchema.has("example")) {
						object.set(property.getKey(), sample(propertySchema, null, depth + 1));
					}
				});
				yield object;
			}
			case "array" -> {
				ArrayNode array = nodes.arrayNode();
				array.add(sample(schema.path("items"), null, depth + 1));
				yield array;
			}
			case "integer" -> nodes.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
			case "number" -> nodes.numberNode(new java.math.BigDecimal("1.00")
				.max(new java.math.BigDecimal(schema.path("minimum").asString("1.00"))));
			case "boolean" -> nodes.booleanNode(true);
			case "null" -> nodes.nullNode();
			default -> nodes.stringNode(switch (format) {
				case "uuid" -> UUID.randomUUID().toString();
				case "email" -> "contract-" + UUID.randomUUID() + "@example.com";
				case "date-time" -> Instant.now().toString();
				case "uri" -> "https://example.com/";
				default -> "x".repeat(Math.max(1, schema.path("minLength").asInt(8)));
			});
		};
	}

	private JsonNode typed(JsonNode schema, String value) {
		return switch (type(schema)) {
			case "integer" -> JsonNodeFactory.instance.numberNode(Long.parseLong(value));
			case "number" -> JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(value));
			case "boolean" -> JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value));
			default -> JsonNodeFactory.instance.stringNode(value);
		};
	}

	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode each : type) {
				if (!"null".equals(each.asString())) {
					return each.asString();
				}
			}
			return "null";
		}
		if (type.isMissingNode()) {
			return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
		}
		return type.asString();
	}

	private JsonNode resolve(JsonNode node) {
		JsonNode current = node;
		for (int i = 0; i < 10 && current.has("$ref"); i++) {
			String ref = current.path("$ref").asString();
			current = this.document.at(ref.substring(1));
		}
		return current;
	}

	/**
	 * The validator of a schema of the document: the schema, with the document's
	 * components beside it so that its references resolve.
	 */
	private Schema schema(JsonNode schemaNode) {
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		if (schemaNode instanceof ObjectNode object) {
			root.setAll(object.deepCopy());
		}
		root.set("components", this.document.path("components").deepCopy());
		closeObjects(root);
		return this.registry.getSchema(SchemaLocation.of("urn:nexus:contract"), root);
	}

	/**
	 * Makes every object schema that lists its properties refuse others, so that a field
	 * the document does not name is a mismatch (JSON Schema allows any by default). Parts
	 * of an {@code allOf} stay open: each part sees only its own properties.
	 */
	private static void closeObjects(JsonNode node) {
		if (node instanceof ObjectNode object) {
			if (object.has("properties") && !object.has("additionalProperties")) {
				object.put("additionalProperties", false);
			}
			object.properties().forEach((entry) -> {
				if ("allOf".equals(entry.getKey())) {
					entry.getValue()
						.forEach((part) -> part.properties().forEach((inner) -> closeObjects(inner.getValue())));
				}
				else {
					closeObjects(entry.getValue());
				}
			});
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(OpenApiContract::closeObjects);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String abbreviate(String body) {
		return (body.length() > 400) ? body.substring(0, 400) + "..." : body;
	}

}
