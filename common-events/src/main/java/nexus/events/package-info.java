/**
 * The event contracts every service shares, with no Spring, no JPA and no Kafka client in
 * them: the topic names ({@link nexus.events.Topics}), the CloudEvents headers an event
 * travels with ({@link nexus.events.CloudEventHeaders},
 * {@link nexus.events.EventMetadata}), the registry of every type and version
 * ({@link nexus.events.EventRegistry}), the one codec of the JSON payloads
 * ({@link nexus.events.EventCodec}) and the AsyncAPI document built from all of them.
 * Publishing, consuming and deduplicating are the platform's outbox and inbox; the
 * records themselves live in one sub-package per producing service. Start with
 * {@link nexus.events.NexusEvent} and {@link nexus.events.EventContract}. See ADR 0001.
 */
@NullMarked
package nexus.events;

import org.jspecify.annotations.NullMarked;
