package nexus.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import nexus.events.CloudEventHeaders;
import nexus.events.EventCodec;
import nexus.events.EventMetadata;
import nexus.events.EventRegistry;
import nexus.events.NexusEvent;
import nexus.testsupport.TestKafka;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes other services' events to the real broker, as they would: JSON payload,
 * CloudEvents headers, keyed by the aggregate id.
 */
public final class Events {

	private static final EventCodec CODEC = new EventCodec();

	private static KafkaTemplate<String, byte[]> template;

	private Events() {
	}

	/**
	 * Publishes an event with fresh attributes.
	 * @param event the event
	 * @return the attributes it was published with
	 */
	public static EventMetadata publish(NexusEvent event) {
		EventMetadata metadata = EventMetadata.forNewEvent(event, "test", Instant.now(), "test-correlation", null);
		publish(event, metadata);
		return metadata;
	}

	/**
	 * Publishes an event with given attributes (the same id twice is a redelivery).
	 * @param event the event
	 * @param metadata its attributes
	 */
	public static void publish(NexusEvent event, EventMetadata metadata) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(EventRegistry.descriptorOf(event).topic(),
				event.subject(), CODEC.encode(event));
		CloudEventHeaders.toHeaders(metadata)
			.forEach((name, value) -> record.headers()
				.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
		template().send(record).join();
	}

	private static synchronized KafkaTemplate<String, byte[]> template() {
		if (template == null) {
			template = new KafkaTemplate<>(
					new DefaultKafkaProducerFactory<>(Map.of("bootstrap.servers", TestKafka.bootstrapServers()),
							new StringSerializer(), new ByteArraySerializer()));
		}
		return template;
	}

}
