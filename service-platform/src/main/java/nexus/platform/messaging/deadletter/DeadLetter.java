package nexus.platform.messaging.deadletter;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message a consumer group gave up on, as operators see it.
 *
 * @param id the dead letter's id
 * @param consumerGroup the group that failed
 * @param originalTopic where the message was first published
 * @param originalPartition its partition there
 * @param originalOffset its offset there
 * @param key its record key
 * @param eventId its CloudEvents id, when it had one
 * @param eventType its CloudEvents type, when it had one
 * @param errorClass the exception the consumer threw
 * @param errorMessage that exception's message
 * @param status {@code PENDING} until replayed
 * @param receivedAt when it was dead-lettered
 * @param replayedAt when it was last replayed
 * @param headers its original headers
 */
public record DeadLetter(UUID id, String consumerGroup, String originalTopic, @Nullable Integer originalPartition,
		@Nullable Long originalOffset, @Nullable String key, @Nullable String eventId, @Nullable String eventType,
		@Nullable String errorClass, @Nullable String errorMessage, Status status, Instant receivedAt,
		@Nullable Instant replayedAt, Map<String, String> headers) {

	/** Where a dead letter stands. */
	public enum Status {

		/** Waiting for an operator. */
		PENDING,

		/** Sent back to its original topic. */
		REPLAYED

	}

}
