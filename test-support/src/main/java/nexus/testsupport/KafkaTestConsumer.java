package nexus.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionTimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Reads topics from the beginning in a consumer group of its own, for tests that check
 * what was really published.
 */
public final class KafkaTestConsumer implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

	private KafkaTestConsumer(String bootstrapServers, List<String> topics) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
				ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000));
		this.consumer.subscribe(topics);
	}

	/**
	 * Subscribes to topics, reading from their beginning.
	 * @param bootstrapServers the broker
	 * @param topics the topics
	 * @return the consumer; close it
	 */
	public static KafkaTestConsumer subscribe(String bootstrapServers, String... topics) {
		return new KafkaTestConsumer(bootstrapServers, List.of(topics));
	}

	/**
	 * Polls until {@code count} records matching the filter have arrived.
	 * @param filter which records count
	 * @param count how many are expected
	 * @param timeout how long to wait
	 * @return the matching records, in arrival order (more than {@code count} if more
	 * arrived)
	 * @throws ConditionTimeoutException when fewer arrived in time
	 */
	public List<ConsumerRecord<String, byte[]>> awaitRecords(Predicate<ConsumerRecord<String, byte[]>> filter,
			int count, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (matching(filter).size() < count) {
			if (System.nanoTime() > deadline) {
				throw new ConditionTimeoutException(
						"Expected " + count + " records but got " + matching(filter).size() + " within " + timeout);
			}
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.received::add);
		}
		return matching(filter);
	}

	/**
	 * Polls for a while and returns everything matching that arrived meanwhile; for
	 * checking that something did not arrive.
	 * @param filter which records count
	 * @param duration how long to poll
	 * @return the matching records
	 */
	public List<ConsumerRecord<String, byte[]>> pollFor(Predicate<ConsumerRecord<String, byte[]>> filter,
			Duration duration) {
		long deadline = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < deadline) {
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.received::add);
		}
		return matching(filter);
	}

	private List<ConsumerRecord<String, byte[]>> matching(Predicate<ConsumerRecord<String, byte[]>> filter) {
		return this.received.stream().filter(filter).toList();
	}

	/**
	 * A header of a record as text.
	 * @param record the record
	 * @param name the header name
	 * @return its text, or {@code null}
	 */
	public static @Nullable String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	@Override
	public void close() {
		this.consumer.close(Duration.ofSeconds(2));
	}

}
