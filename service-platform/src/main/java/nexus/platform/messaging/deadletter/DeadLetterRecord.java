package nexus.platform.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;

/**
 * A record read from a dead-letter topic, with the error details the binder put in its
 * headers separated from the message's own headers.
 *
 * @param consumerGroup the group that gave up on it
 * @param deadLetterTopic the dead-letter topic it was read from
 * @param deadLetterPartition its partition there
 * @param deadLetterOffset its offset there
 * @param originalTopic where it was first published
 * @param originalPartition its partition there
 * @param originalOffset its offset there
 * @param key the record key
 * @param headers the message's own headers (CloudEvents, trace context)
 * @param payload the record value
 * @param errorClass the exception the consumer threw
 * @param errorMessage that exception's message
 */
record DeadLetterRecord(String consumerGroup, String deadLetterTopic, int deadLetterPartition, long deadLetterOffset,
		String originalTopic, @Nullable Integer originalPartition, @Nullable Long originalOffset, @Nullable String key,
		Map<String, String> headers, byte @Nullable [] payload, @Nullable String errorClass,
		@Nullable String errorMessage) {

	// Headers the binder adds when it dead-letters a record.
	private static final String ORIGINAL_TOPIC = "x-original-topic";

	private static final String ORIGINAL_PARTITION = "x-original-partition";

	private static final String ORIGINAL_OFFSET = "x-original-offset";

	private static final String EXCEPTION_CLASS = "x-exception-fqcn";

	private static final String EXCEPTION_MESSAGE = "x-exception-message";

	static DeadLetterRecord from(ConsumerRecord<byte[], byte[]> record, DeadLetterTopics.Source source) {
		Map<String, String> own = new LinkedHashMap<>();
		Map<String, byte[]> binder = new LinkedHashMap<>();
		for (Header header : record.headers()) {
			if (header.key().startsWith("x-") || header.key().startsWith("kafka_")
					|| header.key().startsWith("spring_")) {
				binder.put(header.key(), header.value());
			}
			else if (header.value() != null) {
				own.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
			}
		}
		String originalTopic = text(binder.get(ORIGINAL_TOPIC));
		return new DeadLetterRecord(source.consumerGroup(), record.topic(), record.partition(), record.offset(),
				(originalTopic != null) ? originalTopic : source.originalTopic(),
				intValue(binder.get(ORIGINAL_PARTITION)), longValue(binder.get(ORIGINAL_OFFSET)),
				(record.key() != null) ? new String(record.key(), StandardCharsets.UTF_8) : null, own, record.value(),
				text(binder.get(EXCEPTION_CLASS)), text(binder.get(EXCEPTION_MESSAGE)));
	}

	private static @Nullable String text(byte @Nullable [] value) {
		return (value != null) ? new String(value, StandardCharsets.UTF_8) : null;
	}

	// The binder writes partition and offset as big-endian binary numbers.
	private static @Nullable Integer intValue(byte @Nullable [] value) {
		return (value != null && value.length == 4) ? java.nio.ByteBuffer.wrap(value).getInt() : null;
	}

	private static @Nullable Long longValue(byte @Nullable [] value) {
		return (value != null && value.length == 8) ? java.nio.ByteBuffer.wrap(value).getLong() : null;
	}

}
