package nexus.events;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns event records into JSON payloads and back, by stable type name and version. The
 * one place that knows the wire format of event payloads.
 * <ul>
 * <li>Money ({@link BigDecimal}) is written as a decimal string, so no precision is lost
 * in a consumer that reads JSON numbers as doubles.</li>
 * <li>Times are ISO-8601 strings.</li>
 * <li>Absent optional fields are omitted, and unknown fields are ignored, so a field
 * added within a version does not break an older consumer.</li>
 * </ul>
 * Thread-safe; share one instance.
 */
public final class EventCodec {

	private final JsonMapper mapper;

	public EventCodec() {
		this.mapper = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.withConfigOverride(BigDecimal.class,
					(override) -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
			.build();
	}

	/**
	 * Writes an event's payload.
	 * @param event the event
	 * @return UTF-8 JSON
	 */
	public byte[] encode(NexusEvent event) {
		return write(event);
	}

	// Package-private so that contract tests can encode candidate records that are not
	// (yet) part of the sealed hierarchy.
	byte[] write(Object value) {
		try {
			return this.mapper.writeValueAsBytes(value);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Cannot serialise " + value.getClass().getSimpleName(), ex);
		}
	}

	/**
	 * Reads a payload as the record registered for a type and version.
	 * @param type the stable type name (header {@code ce_type})
	 * @param version the schema version (header {@code ce_schemaversion})
	 * @param payload the UTF-8 JSON payload
	 * @return the event
	 * @throws EventDeserializationException for an unknown type or version, malformed
	 * JSON, or a payload the record refuses
	 */
	public NexusEvent decode(String type, int version, byte[] payload) {
		EventDescriptor descriptor = EventRegistry.find(type, version)
			.orElseThrow(() -> new EventDeserializationException("Unknown event type " + type + " v" + version));
		return decode(descriptor.javaType(), payload);
	}

	/**
	 * Reads a payload as a given record.
	 * @param <E> the record type
	 * @param javaType the record class
	 * @param payload the UTF-8 JSON payload
	 * @return the event
	 * @throws EventDeserializationException for malformed JSON or a payload the record
	 * refuses
	 */
	public <E> E decode(Class<E> javaType, byte @Nullable [] payload) {
		if (payload == null || payload.length == 0) {
			throw new EventDeserializationException("Empty payload for " + javaType.getSimpleName());
		}
		try {
			return this.mapper.readValue(payload, javaType);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new EventDeserializationException(
					"Payload is not a valid " + javaType.getSimpleName() + ": " + rootMessage(ex), ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root instanceof JacksonException jackson) ? jackson.getOriginalMessage() : root.getMessage();
		return (message != null) ? message : root.getClass().getSimpleName();
	}

}
