/**
 * Dead letters: what a consumer group gave up on is copied from its dead-letter topic
 * into the {@code messaging.dead_letter} table
 * ({@link nexus.platform.messaging.deadletter.DeadLetterRecorder}), counted, shown to
 * operators at {@code /actuator/deadletters}
 * ({@link nexus.platform.messaging.deadletter.DeadLetterEndpoint}) and replayed,
 * unchanged, through the outbox
 * ({@link nexus.platform.messaging.deadletter.DeadLetterReplayer}). Nothing here decides
 * that a message is dead: the binder's retries do. See ADR 0004.
 */
@NullMarked
package nexus.platform.messaging.deadletter;

import org.jspecify.annotations.NullMarked;
