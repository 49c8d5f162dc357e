package nexus.events;

/**
 * An incoming message that cannot be turned into an event: unknown type or version,
 * malformed JSON, a missing required field or missing headers. Retrying cannot help, so
 * such a message goes straight to dead letters.
 */
public class EventDeserializationException extends RuntimeException {

	public EventDeserializationException(String message) {
		super(message);
	}

	public EventDeserializationException(String message, Throwable cause) {
		super(message, cause);
	}

}
