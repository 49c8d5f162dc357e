package nexus.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Duplicated and reordered deliveries: reads the latest records of each partition of a
 * topic (with a consumer of no group, so no group's offsets move) and publishes copies of
 * them again, unchanged (same key, value and headers, so the same {@code ce_id}), newest
 * first, to the same partition. Every consumer group of the topic then receives events it
 * has already applied, in the reverse of their order: their inboxes must make that
 * harmless.
 */
final class TopicReplay {

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

	private final String bootstrapServers;

	TopicReplay(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	/**
	 * Replays the latest records of a topic.
	 * @param topic the topic
	 * @param perPartition how many of each partition's latest records at most
	 * @return how many copies were published
	 */
	int replay(String topic, int perPartition) {
		List<ConsumerRecord<byte[], byte[]>> slice = latest(topic, perPartition);
		List<ConsumerRecord<byte[], byte[]>> reversed = new ArrayList<>(slice);
		Collections.reverse(reversed);
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
		try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
			for (ConsumerRecord<byte[], byte[]> record : reversed) {
				producer
					.send(new ProducerRecord<>(topic, record.partition(), record.key(), record.value(),
							record.headers()))
					.get(30, TimeUnit.SECONDS);
			}
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new ChaosException("cannot publish the copies to " + topic + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ChaosException("interrupted", ex);
		}
		return reversed.size();
	}

	private List<ConsumerRecord<byte[], byte[]>> latest(String topic, int perPartition) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (PartitionInfo info : consumer.partitionsFor(topic, READ_TIMEOUT)) {
				partitions.add(new TopicPartition(topic, info.partition()));
			}
			consumer.assign(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_TIMEOUT);
			Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions, READ_TIMEOUT);
			Map<TopicPartition, Long> remaining = new HashMap<>();
			for (TopicPartition partition : partitions) {
				long from = Math.max(begins.get(partition), ends.get(partition) - perPartition);
				consumer.seek(partition, from);
				if (ends.get(partition) > from) {
					remaining.put(partition, ends.get(partition));
				}
			}
			List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
			long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
			while (!remaining.isEmpty() && System.nanoTime() < deadline) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					TopicPartition partition = new TopicPartition(record.topic(), record.partition());
					Long end = remaining.get(partition);
					if (end != null && record.offset() < end) {
						records.add(record);
					}
				}
				remaining.keySet().removeIf((partition) -> consumer.position(partition) >= remaining.get(partition));
			}
			records
				.sort(java.util.Comparator.comparingLong((ConsumerRecord<byte[], byte[]> record) -> record.timestamp())
					.thenComparingLong(ConsumerRecord::offset));
			return records;
		}
	}

}
