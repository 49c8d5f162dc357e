package nexus.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nexus.events.CloudEventHeaders;
import nexus.events.EventCodec;
import nexus.events.EventMetadata;
import nexus.events.EventRegistry;
import nexus.events.NexusEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The one integration-test harness of the services: the service on a random port in one
 * shared application context, with a fresh PostgreSQL database and the shared Kafka
 * broker ({@link NexusIntegrationTest}), the {@code local} profile (which accepts the
 * development secrets and keys), a clock the test can move, an HTTP client bound to the
 * service, and the events around it: tests play the other services by publishing their
 * events, and check what the service published by reading its topics, never its outbox
 * table.
 * <p>
 * A service's harness extends this class, adds its properties with
 * {@code @TestPropertySource(properties = ...)} if it needs any (not a second
 * {@code @SpringBootTest}, which would replace this one's), and its own fixtures. Keep
 * one harness per service so that its tests share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@NexusIntegrationTest
@Import(TestClockConfiguration.class)
public abstract class ServiceIntegrationTest {

	private static final EventCodec CODEC = new EventCodec();

	private static @Nullable KafkaProducer<String, byte[]> producer;

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	/** The service, over real HTTP. */
	protected RestTestClient http;

	@BeforeEach
	void bindServiceHarness() {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		this.clock.reset();
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	/**
	 * The codec every service uses for event payloads.
	 * @return the codec
	 */
	protected static EventCodec codec() {
		return CODEC;
	}

	/**
	 * Publishes an event as its producing service would: to its topic, keyed by its
	 * subject, with CloudEvents headers. Public, for the tests of the platform and the
	 * gateway, which have no service harness.
	 * @param event the event
	 * @return its attributes, to publish it again with the same id
	 */
	public static EventMetadata publish(NexusEvent event) {
		EventMetadata metadata = EventMetadata.forNewEvent(event, "test", Instant.now(), "test-correlation", null);
		publish(metadata, event);
		return metadata;
	}

	/**
	 * Publishes an event with given attributes, such as a redelivery of the same id.
	 * @param metadata its attributes
	 * @param event the event
	 */
	public static void publish(EventMetadata metadata, NexusEvent event) {
		String topic = EventRegistry.descriptorOf(event).topic();
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.subject(), CODEC.encode(event));
		CloudEventHeaders.toHeaders(metadata)
			.forEach((name, value) -> record.headers()
				.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
		try {
			producer().send(record).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("Could not publish " + metadata.type(), ex.getCause());
		}
	}

	/**
	 * Waits until the service has published at least {@code count} events of a type about
	 * one subject (an order, a product, a user), read from the event's topic.
	 * @param <E> the event type
	 * @param subject the aggregate id the events are keyed by
	 * @param type the event type
	 * @param count how many at least
	 * @return those events, oldest first
	 */
	protected static <E extends NexusEvent> List<E> awaitPublished(Object subject, Class<E> type, int count) {
		String topic = EventRegistry.descriptorOf(type).topic();
		String key = subject.toString();
		try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(TestKafka.bootstrapServers(), topic)) {
			return consumer
				.awaitRecords((record) -> key.equals(record.key()) && type.isInstance(decode(record)), count,
						Duration.ofSeconds(30))
				.stream()
				.map((record) -> type.cast(decode(record)))
				.toList();
		}
	}

	/**
	 * Every event the service published about one subject on a topic within a short
	 * while; for checking that something was not published.
	 * @param subject the aggregate id
	 * @param topic the topic
	 * @param wait how long to keep reading
	 * @return the events, oldest first
	 */
	protected static List<NexusEvent> publishedWithin(Object subject, String topic, Duration wait) {
		String key = subject.toString();
		try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(TestKafka.bootstrapServers(), topic)) {
			return consumer.pollFor((record) -> key.equals(record.key()), wait)
				.stream()
				.map(ServiceIntegrationTest::decode)
				.filter(Objects::nonNull)
				.toList();
		}
	}

	/**
	 * A received record as its event, or {@code null} for a type this build does not
	 * know.
	 * @param record the record
	 * @return the event
	 */
	protected static @Nullable NexusEvent decode(ConsumerRecord<String, byte[]> record) {
		String type = KafkaTestConsumer.header(record, CloudEventHeaders.TYPE);
		String version = KafkaTestConsumer.header(record, CloudEventHeaders.SCHEMA_VERSION);
		if (type == null) {
			return null;
		}
		return EventRegistry.find(type, (version != null) ? Integer.parseInt(version) : 1)
			.map((descriptor) -> (NexusEvent) CODEC.decode(descriptor.javaType(), record.value()))
			.orElse(null);
	}

	private static synchronized KafkaProducer<String, byte[]> producer() {
		if (producer == null) {
			producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
					ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
		}
		return producer;
	}

}
