package nexus.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import nexus.problems.ProblemTypes;

import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The conventions every Nexus OpenAPI document keeps (docs/api.md, ADR 0011), applied
 * once here rather than in each controller: the shared {@code ProblemDetail} schema for
 * every error response, {@code application/json} and {@code application/problem+json}
 * instead of {@code *}{@code /*}, the errors every operation can meet (400 for input, 401
 * and 403 where a token is needed, 404 for a path with ids, 413 and 415 for a body, 429
 * and 503 from the gateway), and readable operation ids that are unique across the
 * services ({@code getProduct}, {@code listOrders}).
 */
public final class ApiContract {

	/** Name of the shared problem schema. */
	public static final String PROBLEM_SCHEMA = "ProblemDetail";

	/** Reference to the shared problem schema. */
	public static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;

	private static final String JSON = "application/json";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final Map<String, String> ERROR_DESCRIPTIONS = Map.ofEntries(
			Map.entry("400", "Malformed or invalid input; errors names the fields"),
			Map.entry("401", "No token, or a bad, expired or revoked one"),
			Map.entry("403", "Authenticated, but not allowed"),
			Map.entry("404", "Not found (also another customer's resource)"),
			Map.entry("413", "The body is too large (see the README's limits)"),
			Map.entry("415", "The body is not JSON"),
			Map.entry("429", "Rate limited; Retry-After says when to try again"),
			Map.entry("503", "A service is unavailable or the gateway is saturated; Retry-After when known"));

	private ApiContract() {
	}

	/**
	 * The shared problem schema, as RFC 9457 and docs/api.md describe it.
	 * @return the schema
	 */
	@SuppressWarnings("rawtypes")
	public static Schema<?> problemSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type",
				new StringSchema().format("uri")
					.description("Stable problem type; a client may switch on it")
					.example(ProblemTypes.of("validation-error").toString()));
		properties.put("title", new StringSchema().description("Short summary, for people").example("Invalid request"));
		properties.put("status", new IntegerSchema().description("The HTTP status").example(400));
		properties.put("detail",
				new StringSchema().description("What happened, for people").example("The request has invalid fields"));
		properties.put("instance", new StringSchema().description("The request path").example("/api/orders"));
		properties.put("correlationId", new StringSchema().description("Quote it when reporting a problem")
			.example("7f3c2a1e-5b4d-4c3b-9a8f-1e2d3c4b5a69"));
		Map<String, Schema> fieldProperties = new LinkedHashMap<>();
		fieldProperties.put("field", new StringSchema().example("quantity"));
		fieldProperties.put("message", new StringSchema().example("must be greater than 0"));
		properties.put("errors",
				new ArraySchema()
					.items(new ObjectSchema().properties(fieldProperties).required(List.of("field", "message")))
					.description("The invalid fields, when there are any"));
		properties.put("retryAfterSeconds", new IntegerSchema().description("Set by some 429 and 503 answers"));
		Schema<?> problem = new ObjectSchema().properties(properties)
			.required(List.of("type", "title", "status"))
			.description("An RFC 9457 problem document; every error is one");
		problem.setAdditionalProperties(Boolean.TRUE);
		return problem;
	}

	/**
	 * Applies the conventions to a whole document.
	 * @param openApi the document
	 */
	public static void apply(OpenAPI openApi) {
		if (openApi.getComponents() != null) {
			if (openApi.getComponents().getSchemas() != null) {
				openApi.getComponents().getSchemas().values().forEach(ApiContract::nullableAsOpenApi31);
				openApi.getComponents().getSchemas().values().forEach(ApiContract::lengthsAsValidated);
			}
			openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
		}
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
			apply(path, method, operation, secured);
		}));
	}

	private static void apply(String path, PathItem.HttpMethod method, Operation operation, boolean secured) {
		if (operation.getParameters() != null) {
			operation.getParameters().forEach(ApiContract::exampleIfNone);
		}
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		operation.setResponses(responses);
		boolean hasBody = operation.getRequestBody() != null;
		boolean hasInput = hasBody || (operation.getParameters() != null && !operation.getParameters().isEmpty());
		List<String> errors = new ArrayList<>();
		if (hasInput) {
			errors.add("400");
		}
		if (secured) {
			errors.add("401");
			errors.add("403");
		}
		if (path.contains("{")) {
			errors.add("404");
		}
		if (hasBody) {
			errors.add("413");
			errors.add("415");
		}
		errors.add("429");
		errors.add("503");
		for (String status : errors) {
			responses.computeIfAbsent(status, (code) -> new ApiResponse().description(ERROR_DESCRIPTIONS.get(code)));
		}
		responses.forEach((status, response) -> {
			if (status.startsWith("4") || status.startsWith("5")) {
				response.setContent(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
			}
			else if (response.getContent() != null) {
				response.setContent(jsonInsteadOfAny(response.getContent()));
			}
		});
		if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
			operation.getRequestBody().setContent(jsonInsteadOfAny(operation.getRequestBody().getContent()));
		}
	}

	/**
	 * Minimum lengths as validation checks them. swagger-core writes {@code minLength: 0}
	 * for a {@code @Size} with only a maximum, even beside {@code @NotBlank}: a required
	 * string (here always {@code @NotBlank} or {@code @NotEmpty}) has at least one
	 * character, and elsewhere a minimum of 0 says nothing and is left out.
	 * @param schema a schema, with its properties
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void lengthsAsValidated(Schema schema) {
		if (schema.getProperties() == null) {
			return;
		}
		List<?> required = (schema.getRequired() != null) ? schema.getRequired() : List.of();
		((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
			if (property.getMinLength() != null && property.getMinLength() == 0) {
				property.setMinLength(required.contains(name) ? 1 : null);
			}
		});
	}

	/** The example of an id parameter that names none. */
	static final String EXAMPLE_ID = "3f2c8a4e-9b1d-4e6f-a2c3-5d7e9f0b1a2c";

	/**
	 * Gives a parameter without an example one that fits its schema.
	 * @param parameter the parameter
	 */
	static void exampleIfNone(io.swagger.v3.oas.models.parameters.Parameter parameter) {
		Schema<?> schema = parameter.getSchema();
		if (parameter.getExample() != null || schema == null || schema.getExample() != null) {
			return;
		}
		boolean array = ("array".equals(schema.getType())
				|| (schema.getTypes() != null && schema.getTypes().contains("array"))) && schema.getItems() != null;
		Schema<?> value = array ? schema.getItems() : schema;
		Object example = null;
		if (value.getEnum() != null && !value.getEnum().isEmpty()) {
			example = value.getEnum().get(0);
		}
		else if ("uuid".equals(value.getFormat())) {
			example = EXAMPLE_ID;
		}
		else if (value.getDefault() != null) {
			example = value.getDefault();
		}
		else if (isType(value, "integer")) {
			example = (value.getMinimum() != null) ? value.getMinimum().max(java.math.BigDecimal.ONE) : 1;
		}
		else if (isType(value, "number")) {
			example = new java.math.BigDecimal("10.00");
		}
		else if (isType(value, "boolean")) {
			example = true;
		}
		else if (isType(value, "string")) {
			example = "example";
		}
		if (example != null) {
			// An array parameter's example is an array: Swagger UI fills "try it out"
			// from
			// it, and a bare item there leaves its Execute button doing nothing.
			parameter.setExample(array ? List.of(example) : example);
		}
	}

	private static boolean isType(Schema<?> schema, String type) {
		return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
	}

	/**
	 * {@code @Schema(nullable = true)} in the terms of OpenAPI 3.1, which has no
	 * {@code nullable}: {@code "null"} is one of the property's types (and one of its
	 * enum values), or, for a reference, one of its alternatives.
	 * @param schema a schema, with its properties
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void nullableAsOpenApi31(Schema schema) {
		if (schema.getProperties() == null) {
			return;
		}
		Map<String, Schema> properties = schema.getProperties();
		properties.replaceAll((name, property) -> {
			nullableAsOpenApi31(property);
			boolean nullType = property.getTypes() != null && property.getTypes().contains("null");
			if (!Boolean.TRUE.equals(property.getNullable()) && !nullType) {
				return property;
			}
			property.setNullable(null);
			if (property.get$ref() != null || property.getEnum() != null) {
				if (nullType) {
					java.util.Set<String> types = new java.util.LinkedHashSet<>(property.getTypes());
					types.remove("null");
					property.setTypes(types);
				}
				// An enum with null among its values does not survive serialisation: null
				// is
				// an alternative instead.
				Schema<?> either = new Schema<>()
					.oneOf(List.of(property, new Schema<>().types(java.util.Set.of("null"))));
				either.setDescription(property.getDescription());
				property.setDescription(null);
				return either;
			}
			java.util.Set<String> types = new java.util.LinkedHashSet<>();
			if (property.getTypes() != null) {
				types.addAll(property.getTypes());
			}
			else if (property.getType() != null) {
				types.add(property.getType());
			}
			types.add("null");
			property.setTypes(types);
			return property;
		});
	}

	private static Content jsonInsteadOfAny(Content content) {
		MediaType any = content.get("*/*");
		if (any == null) {
			return content;
		}
		Content replaced = new Content();
		Schema<?> schema = any.getSchema();
		boolean binary = schema != null && "binary".equals(schema.getFormat());
		if (binary) {
			// Image bytes: the formats the catalogue stores.
			replaced.addMediaType("image/png", new MediaType().schema(schema));
			replaced.addMediaType("image/jpeg", new MediaType().schema(schema));
		}
		else {
			replaced.addMediaType(JSON, any);
		}
		content.forEach((type, media) -> {
			if (!"*/*".equals(type)) {
				replaced.addMediaType(type, media);
			}
		});
		return replaced;
	}

	/**
	 * A readable operation id, unique across the services: the method's own name with the
	 * resource its controller serves ({@code ProductController.get} is
	 * {@code getProduct}, {@code OrderController.list} is {@code listOrders}), unless the
	 * operation names one itself.
	 * @param handler the handler method
	 * @return the id
	 */
	public static String operationId(HandlerMethod handler) {
		io.swagger.v3.oas.annotations.Operation annotated = handler
			.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
		if (annotated != null && StringUtils.hasText(annotated.operationId())) {
			return annotated.operationId();
		}
		String method = handler.getMethod().getName();
		String resource = handler.getBeanType().getSimpleName().replaceAll("(Rest)?Controller$", "");
		if (method.toLowerCase(Locale.ROOT).contains(resource.toLowerCase(Locale.ROOT))) {
			return method;
		}
		if (method.equals("list") || method.equals("search")) {
			return method + plural(resource);
		}
		return method + resource;
	}

	private static String plural(String noun) {
		if (noun.endsWith("y") && !noun.endsWith("ay") && !noun.endsWith("ey")) {
			return noun.substring(0, noun.length() - 1) + "ies";
		}
		return noun.endsWith("s") ? noun + "es" : noun + "s";
	}

}
