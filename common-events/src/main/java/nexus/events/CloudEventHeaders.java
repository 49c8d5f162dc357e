package nexus.events;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * CloudEvents 1.0 attributes carried in Kafka headers (binary content mode), and the
 * Nexus extensions. Header values are UTF-8 text.
 */
public final class CloudEventHeaders {

	/** Unique event id; consumers deduplicate on it. */
	public static final String ID = "ce_id";

	/** CloudEvents spec version, always {@value #SPEC_VERSION_VALUE}. */
	public static final String SPEC_VERSION = "ce_specversion";

	/** Stable type name, such as {@code nexus.order.OrderPlaced}. */
	public static final String TYPE = "ce_type";

	/** The producing service. */
	public static final String SOURCE = "ce_source";

	/** When the change happened, ISO-8601 UTC. */
	public static final String TIME = "ce_time";

	/** The aggregate id, equal to the record key. */
	public static final String SUBJECT = "ce_subject";

	/** URI of the JSON schema of the payload. */
	public static final String DATA_SCHEMA = "ce_dataschema";

	/** Nexus extension: payload schema version (an integer). */
	public static final String SCHEMA_VERSION = "ce_schemaversion";

	/** Nexus extension: correlation id of the client request that started it all. */
	public static final String CORRELATION_ID = "ce_correlationid";

	/** Nexus extension: the user on whose behalf the change was made, if any. */
	public static final String ACTOR = "ce_actor";

	/** Media type of the payload (CloudEvents Kafka binding). */
	public static final String CONTENT_TYPE = "content-type";

	/** W3C trace context, read and written by Micrometer Tracing. */
	public static final String TRACEPARENT = "traceparent";

	/** Value of {@link #SPEC_VERSION}. */
	public static final String SPEC_VERSION_VALUE = "1.0";

	/** Value of {@link #CONTENT_TYPE}. */
	public static final String JSON = "application/json";

	private static final String SCHEMA_BASE = "https://nexus.dev/schemas/";

	private CloudEventHeaders() {
	}

	/**
	 * The URI published as {@link #DATA_SCHEMA} for a type and version.
	 * @param type the event type
	 * @param version the schema version
	 * @return the schema URI
	 */
	public static String dataSchema(String type, int version) {
		return SCHEMA_BASE + type + ".v" + version + ".schema.json";
	}

	/**
	 * The headers that describe an event, in a stable order. Trace context is not among
	 * them: the tracing library writes it.
	 * @param metadata the event's attributes
	 * @return header name to value
	 */
	public static Map<String, String> toHeaders(EventMetadata metadata) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(ID, metadata.id().toString());
		headers.put(SPEC_VERSION, SPEC_VERSION_VALUE);
		headers.put(TYPE, metadata.type());
		headers.put(SOURCE, metadata.source());
		headers.put(TIME, metadata.time().toString());
		headers.put(SUBJECT, metadata.subject());
		headers.put(SCHEMA_VERSION, Integer.toString(metadata.version()));
		headers.put(DATA_SCHEMA, dataSchema(metadata.type(), metadata.version()));
		headers.put(CONTENT_TYPE, JSON);
		if (metadata.correlationId() != null) {
			headers.put(CORRELATION_ID, metadata.correlationId());
		}
		if (metadata.actor() != null) {
			headers.put(ACTOR, metadata.actor());
		}
		return headers;
	}

	/**
	 * Reads an event's attributes back from headers.
	 * @param header looks up a header's text value, or {@code null} when absent
	 * @return the attributes
	 * @throws EventDeserializationException when a required attribute is missing or
	 * malformed
	 */
	public static EventMetadata fromHeaders(Function<String, @Nullable String> header) {
		try {
			return new EventMetadata(UUID.fromString(required(header, ID)), required(header, TYPE),
					Integer.parseInt(required(header, SCHEMA_VERSION)), required(header, SOURCE),
					Instant.parse(required(header, TIME)), required(header, SUBJECT), header.apply(CORRELATION_ID),
					header.apply(ACTOR));
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw new EventDeserializationException("Malformed CloudEvents headers: " + ex.getMessage(), ex);
		}
	}

	private static String required(Function<String, @Nullable String> header, String name) {
		String value = header.apply(name);
		if (value == null || value.isBlank()) {
			throw new EventDeserializationException("Missing CloudEvents header " + name);
		}
		return value;
	}

}
