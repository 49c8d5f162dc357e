package nexus.platform.messaging.outbox;

import java.util.List;

import nexus.events.NexusEvent;
import nexus.platform.domain.DomainEvent;

import org.springframework.context.event.EventListener;

/**
 * Writes the wire form of every domain event to the outbox, in the transaction that saved
 * the aggregate which registered it. Spring Data publishes an aggregate's registered
 * events when the aggregate is saved through its repository; this listener runs
 * synchronously, inside that transaction, so the events are published if and only if the
 * change commits. Saving an aggregate with events outside a transaction fails (the outbox
 * refuses), rather than losing them.
 */
public class DomainEventOutbox {

	private final Outbox outbox;

	private final List<EventTranslator> translators;

	public DomainEventOutbox(Outbox outbox, List<EventTranslator> translators) {
		this.outbox = outbox;
		this.translators = List.copyOf(translators);
	}

	@EventListener
	void on(DomainEvent event) {
		for (EventTranslator translator : this.translators) {
			for (NexusEvent wire : translator.toWire(event)) {
				this.outbox.publish(wire);
			}
		}
	}

}
