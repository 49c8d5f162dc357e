package nexus.platform.messaging.inbox;

import nexus.events.EventMetadata;
import nexus.events.NexusEvent;

/**
 * An event as a consumer receives it.
 *
 * @param <E> the event family
 * @param metadata its CloudEvents attributes
 * @param event the event
 */
public record ReceivedEvent<E extends NexusEvent>(EventMetadata metadata, E event) {
}
