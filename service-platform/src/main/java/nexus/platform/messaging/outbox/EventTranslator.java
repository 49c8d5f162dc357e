package nexus.platform.messaging.outbox;

import java.util.List;

import nexus.events.NexusEvent;
import nexus.platform.domain.DomainEvent;

/**
 * A service's one edge between its domain events and the wire records of
 * {@code common-events}. Each service declares one (a bean, in its {@code messaging}
 * package); the platform asks it about every domain event an aggregate registers and
 * writes what it returns to the outbox, in the transaction that saved the aggregate.
 * <p>
 * A contract change (a new field, a new version published side by side) is made here, and
 * the aggregates do not notice.
 */
@FunctionalInterface
public interface EventTranslator {

	/**
	 * The wire events other services hear about for one domain event.
	 * @param event what happened, as the aggregate registered it
	 * @return the wire events to publish, in order; empty for an event that stays inside
	 * the service
	 */
	List<? extends NexusEvent> toWire(DomainEvent event);

}
