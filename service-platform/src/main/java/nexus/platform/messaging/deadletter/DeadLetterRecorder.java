package nexus.platform.messaging.deadletter;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.MessageListener;

/**
 * Copies what arrives on this service's dead-letter topics into the {@code dead_letter}
 * table, once per record, and counts it in {@code nexus_dead_letters_total{topic,group}}.
 */
public class DeadLetterRecorder implements MessageListener<byte[], byte[]> {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterRecorder.class);

	private final DeadLetterStore store;

	private final MeterRegistry meters;

	private final Map<String, DeadLetterTopics.Source> sources;

	public DeadLetterRecorder(DeadLetterStore store, MeterRegistry meters, List<DeadLetterTopics.Source> sources) {
		this.store = store;
		this.meters = meters;
		this.sources = sources.stream()
			.collect(Collectors.toMap(DeadLetterTopics.Source::deadLetterTopic, Function.identity()));
		// At zero from the start, so that an increase() alert sees the very first one.
		sources.forEach((source) -> counter(source.originalTopic(), source));
	}

	@Override
	public void onMessage(ConsumerRecord<byte[], byte[]> record) {
		DeadLetterTopics.Source source = this.sources.get(record.topic());
		if (source == null) {
			return;
		}
		DeadLetterRecord deadLetter = DeadLetterRecord.from(record, source);
		if (this.store.record(deadLetter)) {
			counter(deadLetter.originalTopic(), source).increment();
			log.warn("Dead letter from {} for group {}: {} {} ({}: {})", deadLetter.originalTopic(),
					source.consumerGroup(), deadLetter.headers().get("ce_type"), deadLetter.headers().get("ce_id"),
					deadLetter.errorClass(), deadLetter.errorMessage());
		}
	}

	private Counter counter(String topic, DeadLetterTopics.Source source) {
		return this.meters.counter("nexus.dead.letters", "topic", topic, "group", source.consumerGroup());
	}

}
