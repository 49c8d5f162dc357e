/**
 * Publishing: an event is written to the outbox in the transaction that makes the change
 * it describes ({@link nexus.platform.messaging.outbox.Outbox}, fed from aggregates'
 * domain events by {@link nexus.platform.messaging.outbox.DomainEventOutbox} through the
 * service's one {@link nexus.platform.messaging.outbox.EventTranslator}), and
 * {@link nexus.platform.messaging.outbox.OutboxRelay} sends committed rows to Kafka in
 * order, so an event is published if and only if its change commits. Nothing here sends
 * to Kafka inside a business transaction. See ADR 0002.
 */
@NullMarked
package nexus.platform.messaging.outbox;

import org.jspecify.annotations.NullMarked;
