package nexus.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The CloudEvents attributes of one event, as carried in Kafka headers.
 *
 * @param id unique event id, the deduplication key
 * @param type stable type name
 * @param version payload schema version
 * @param source producing service
 * @param time when the change happened
 * @param subject aggregate id, equal to the record key
 * @param correlationId correlation id of the originating client request, if any
 * @param actor id of the user on whose behalf the change was made, if any
 */
public record EventMetadata(UUID id, String type, int version, String source, Instant time, String subject,
		@Nullable String correlationId, @Nullable String actor) {

	public EventMetadata {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(time, "time");
		Objects.requireNonNull(subject, "subject");
		if (version < 1) {
			throw new IllegalArgumentException("version must be at least 1");
		}
	}

	/**
	 * Attributes for a new event about to be published.
	 * @param event the event
	 * @param source the producing service
	 * @param time when the change happened
	 * @param correlationId the correlation id, or {@code null}
	 * @param actor the acting user, or {@code null}
	 * @return fresh attributes with a random id
	 */
	public static EventMetadata forNewEvent(NexusEvent event, String source, Instant time,
			@Nullable String correlationId, @Nullable String actor) {
		EventDescriptor descriptor = EventRegistry.descriptorOf(event);
		return new EventMetadata(UUID.randomUUID(), descriptor.type(), descriptor.version(), source, time,
				event.subject(), correlationId, actor);
	}

}
