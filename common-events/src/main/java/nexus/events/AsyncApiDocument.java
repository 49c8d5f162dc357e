package nexus.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nexus.events.catalog.CatalogEvent;
import nexus.events.order.OrderEvent;
import nexus.events.user.UserEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AsyncAPI 3.0 document of every Nexus topic and event type, built from the contracts
 * themselves ({@link EventRegistry}, {@link Topics}, {@link CloudEventHeaders} and each
 * type's JSON Schema), so it cannot drift from them. The gateway serves it at
 * {@code /asyncapi.json}; a copy is kept in {@code docs/asyncapi.json}.
 */
public final class AsyncApiDocument {

	/** The AsyncAPI version the document follows. */
	public static final String ASYNCAPI_VERSION = "3.0.0";

	private static final String KAFKA_BINDING_VERSION = "0.5.0";

	/** The service that publishes each family (its {@code ce_source}). */
	static final Map<Class<? extends NexusEvent>, String> PRODUCERS = Map.of(UserEvent.class, "user-service",
			CatalogEvent.class, "catalog-service", OrderEvent.class, "order-service");

	private static final Map<String, String> CHANNEL_NAMES = Map.of(Topics.USERS, "users", Topics.PRODUCTS, "products",
			Topics.STOCK, "stock", Topics.ORDERS, "orders");

	private static final Map<String, String> TOPIC_DESCRIPTIONS = Map.of(Topics.USERS,
			"User account events, keyed by user id.", Topics.PRODUCTS, "Product catalogue events, keyed by product id.",
			Topics.STOCK, "Stock reservation events, keyed by order id.", Topics.ORDERS,
			"Order and payment events, keyed by order id.");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private AsyncApiDocument() {
	}

	/**
	 * The document.
	 * @return it, as a JSON tree
	 */
	public static ObjectNode build() {
		ObjectNode document = NODES.objectNode();
		document.put("asyncapi", ASYNCAPI_VERSION);
		ObjectNode info = document.putObject("info");
		info.put("title", "Nexus events");
		info.put("version", "1");
		info.put("description", "Every event Nexus services publish to Kafka. Each event is JSON (the payload) with "
				+ "CloudEvents 1.0 attributes in Kafka headers (binary content mode) and W3C trace context; the "
				+ "record key is the id of the aggregate the event is about, so that everything about one aggregate "
				+ "stays in order. Types and versions are stable: within a version fields are only ever added; "
				+ "a breaking change is a new version published side by side (ADR 0001). Generated from the "
				+ "contracts in common-events.");
		document.put("defaultContentType", CloudEventHeaders.JSON);
		ObjectNode server = document.putObject("servers").putObject("kafka");
		server.put("host", "localhost:9092");
		server.put("protocol", "kafka");
		server.put("description", "The local broker of ./run.sh; elsewhere KAFKA_BOOTSTRAP_SERVERS.");

		ObjectNode channels = document.putObject("channels");
		ObjectNode operations = document.putObject("operations");
		ObjectNode components = document.putObject("components");
		ObjectNode messages = components.putObject("messages");
		components.putObject("schemas").set("CloudEventHeaders", headersSchema(null));
		components.putObject("correlationIds")
			.putObject("correlationId")
			.put("description", "The X-Request-Id of the client request that started it all.")
			.put("location", "$message.header#/" + CloudEventHeaders.CORRELATION_ID);

		for (String topic : Topics.ALL) {
			String channelName = CHANNEL_NAMES.get(topic);
			ObjectNode channel = channels.putObject(channelName);
			channel.put("address", topic);
			channel.put("description", TOPIC_DESCRIPTIONS.get(topic));
			ObjectNode channelMessages = channel.putObject("messages");
			ObjectNode binding = channel.putObject("bindings").putObject("kafka");
			binding.put("topic", topic);
			binding.put("partitions", Topics.PARTITIONS);
			binding.put("bindingVersion", KAFKA_BINDING_VERSION);

			List<EventDescriptor> events = EventRegistry.all()
				.stream()
				.filter((descriptor) -> descriptor.topic().equals(topic))
				.toList();
			ArrayNode operationMessages = NODES.arrayNode();
			for (EventDescriptor descriptor : events) {
				String key = messageKey(descriptor);
				messages.set(key, message(descriptor));
				channelMessages.putObject(key).put("$ref", "#/components/messages/" + key);
				operationMessages.addObject().put("$ref", "#/channels/" + channelName + "/messages/" + key);
			}
			String producer = events.stream().map(AsyncApiDocument::producerOf).distinct().reduce((a, b) -> {
				throw new IllegalStateException("Topic " + topic + " has two producers: " + a + " and " + b);
			}).orElseThrow(() -> new IllegalStateException("No event is published on " + topic));
			ObjectNode operation = operations.putObject("publish-" + channelName);
			operation.put("action", "send");
			operation.put("title", producer + " publishes to " + topic);
			operation.put("description", producer + " writes each event to its outbox in the transaction of the "
					+ "change and relays it to " + topic + " (ADR 0002); consumers apply each event once (ADR 0004).");
			operation.putObject("channel").put("$ref", "#/channels/" + channelName);
			operation.set("messages", operationMessages);
		}
		return document;
	}

	/**
	 * The document as indented JSON text.
	 * @return the text
	 */
	public static String json() {
		return JSON.writeValueAsString(build()) + "\n";
	}

	/**
	 * The key of a type and version in the document's messages.
	 * @param descriptor the type and version
	 * @return the key, such as {@code nexus.order.OrderPlaced.v1}
	 */
	public static String messageKey(EventDescriptor descriptor) {
		return descriptor.type() + ".v" + descriptor.version();
	}

	/**
	 * A type's JSON Schema as the document carries it: without {@code $schema}, as
	 * AsyncAPI's schema format (JSON Schema draft 07 and more) expects, which the
	 * contract schemas stay within.
	 * @param descriptor the type and version
	 * @return the payload schema
	 */
	public static ObjectNode payloadSchema(EventDescriptor descriptor) {
		try (InputStream in = AsyncApiDocument.class.getClassLoader()
			.getResourceAsStream(descriptor.schemaResource())) {
			if (in == null) {
				throw new IllegalStateException("No schema " + descriptor.schemaResource());
			}
			ObjectNode schema = (ObjectNode) JSON.readTree(in);
			schema.remove("$schema");
			return schema;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String producerOf(EventDescriptor descriptor) {
		return PRODUCERS.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().isAssignableFrom(descriptor.javaType()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No producer known for " + descriptor.type()));
	}

	private static ObjectNode message(EventDescriptor descriptor) {
		ObjectNode message = NODES.objectNode();
		message.put("name", descriptor.type());
		message.put("title", descriptor.type() + " v" + descriptor.version());
		JsonNode payload = payloadSchema(descriptor);
		if (payload.hasNonNull("description")) {
			message.put("summary", payload.get("description").asString());
		}
		message.put("contentType", CloudEventHeaders.JSON);
		message.set("headers", headersSchema(descriptor));
		message.set("payload", payload);
		message.putObject("correlationId").put("$ref", "#/components/correlationIds/correlationId");
		ObjectNode binding = message.putObject("bindings").putObject("kafka");
		binding.putObject("key")
			.put("type", "string")
			.put("format", "uuid")
			.put("description",
					"The id of the aggregate the event is about (equal to " + CloudEventHeaders.SUBJECT + ")");
		binding.put("bindingVersion", KAFKA_BINDING_VERSION);
		ObjectNode extensions = message.putObject("x-nexus");
		extensions.put("producer", producerOf(descriptor));
		extensions.put("schemaVersion", descriptor.version());
		extensions.put("dataschema", CloudEventHeaders.dataSchema(descriptor.type(), descriptor.version()));
		return message;
	}

	// The CloudEvents headers; for one type, its ce_type and ce_schemaversion are fixed.
	private static ObjectNode headersSchema(@Nullable EventDescriptor descriptor) {
		ObjectNode schema = NODES.objectNode();
		schema.put("type", "object");
		ArrayNode required = schema.putArray("required");
		for (String name : List.of(CloudEventHeaders.ID, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.TYPE,
				CloudEventHeaders.SOURCE, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT,
				CloudEventHeaders.SCHEMA_VERSION, CloudEventHeaders.DATA_SCHEMA, CloudEventHeaders.CONTENT_TYPE)) {
			required.add(name);
		}
		ObjectNode properties = schema.putObject("properties");
		Map<String, ObjectNode> headers = new LinkedHashMap<>();
		headers.put(CloudEventHeaders.ID,
				text("Unique event id; consumers deduplicate on it. Kept by a dead-letter replay.").put("format",
						"uuid"));
		headers.put(CloudEventHeaders.SPEC_VERSION,
				text("CloudEvents spec version").put("const", CloudEventHeaders.SPEC_VERSION_VALUE));
		headers.put(CloudEventHeaders.TYPE, text("Stable type name"));
		headers.put(CloudEventHeaders.SOURCE, text("The producing service"));
		headers.put(CloudEventHeaders.TIME, text("When the change happened, ISO-8601 UTC").put("format", "date-time"));
		headers.put(CloudEventHeaders.SUBJECT, text("The aggregate id, equal to the record key"));
		headers.put(CloudEventHeaders.SCHEMA_VERSION, text("Payload schema version, an integer as text"));
		headers.put(CloudEventHeaders.DATA_SCHEMA, text("URI of the payload's JSON Schema").put("format", "uri"));
		headers.put(CloudEventHeaders.CORRELATION_ID,
				text("Correlation id of the client request that started it all (its X-Request-Id)"));
		headers.put(CloudEventHeaders.ACTOR, text("The user on whose behalf the change was made"));
		headers.put(CloudEventHeaders.CONTENT_TYPE,
				text("Media type of the payload").put("const", CloudEventHeaders.JSON));
		headers.put(CloudEventHeaders.TRACEPARENT, text("W3C trace context of the change"));
		if (descriptor != null) {
			headers.get(CloudEventHeaders.TYPE).put("const", descriptor.type());
			headers.get(CloudEventHeaders.SCHEMA_VERSION).put("const", Integer.toString(descriptor.version()));
			headers.get(CloudEventHeaders.DATA_SCHEMA)
				.put("const", CloudEventHeaders.dataSchema(descriptor.type(), descriptor.version()));
			headers.get(CloudEventHeaders.SOURCE).put("const", producerOf(descriptor));
		}
		properties.setAll(headers);
		return schema;
	}

	private static ObjectNode text(String description) {
		return NODES.objectNode().put("type", "string").put("description", description);
	}

}
