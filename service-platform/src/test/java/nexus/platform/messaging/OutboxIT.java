package nexus.platform.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nexus.events.CloudEventHeaders;
import nexus.events.EventCodec;
import nexus.events.EventMetadata;
import nexus.events.Topics;
import nexus.events.user.UserRegistered;
import nexus.platform.PlatformIntegrationTest;
import nexus.platform.messaging.outbox.Outbox;
import nexus.platform.messaging.outbox.OutboxStore;
import nexus.platform.observability.CorrelationContext;
import nexus.testsupport.KafkaTestConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

@PlatformIntegrationTest
class OutboxIT {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxStore store;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	private final EventCodec codec = new EventCodec();

	@Test
	void committedEventIsPublishedWithItsCloudEventsHeaders() {
		UserRegistered event = registered(UUID.randomUUID());

		EventMetadata metadata = this.transactions.execute((status) -> {
			try (CorrelationContext.Scope scope = CorrelationContext.open("corr-outbox-1", "admin-7")) {
				return this.outbox.publish(event);
			}
		});

		try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(this.kafka, Topics.USERS)) {
			ConsumerRecord<String, byte[]> record = consumer
				.awaitRecords((r) -> event.subject().equals(r.key()), 1, Duration.ofSeconds(30))
				.getFirst();
			assertThat(KafkaTestConsumer.header(record, CloudEventHeaders.ID)).isEqualTo(metadata.id().toString());
			assertThat(KafkaTestConsumer.header(record, CloudEventHeaders.TYPE)).isEqualTo("nexus.user.UserRegistered");
			assertThat(KafkaTestConsumer.header(record, CloudEventHeaders.SOURCE)).isEqualTo("platform-test");
			assertThat(KafkaTestConsumer.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
			assertThat(KafkaTestConsumer.header(record, CloudEventHeaders.SCHEMA_VERSION)).isEqualTo("1");
			assertThat(KafkaTestConsumer.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(event.subject());
			assertThat(KafkaTestConsumer.header(record, CloudEventHeaders.CORRELATION_ID)).isEqualTo("corr-outbox-1");
			assertThat(KafkaTestConsumer.header(record, CloudEventHeaders.ACTOR)).isEqualTo("admin-7");
			assertThat(KafkaTestConsumer.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
			assertThat(this.codec.decode("nexus.user.UserRegistered", 1, record.value())).isEqualTo(event);
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> isPublished(metadata.id()));
	}

	@Test
	void workOfNoUserIsMarkedAsTheServicesAndStartsATraceOfItsOwn() {
		UserRegistered event = registered(UUID.randomUUID());

		this.transactions.executeWithoutResult((status) -> this.outbox.publish(event));

		try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(this.kafka, Topics.USERS)) {
			ConsumerRecord<String, byte[]> record = consumer
				.awaitRecords((r) -> event.subject().equals(r.key()), 1, Duration.ofSeconds(30))
				.getFirst();
			assertThat(KafkaTestConsumer.header(record, CloudEventHeaders.ACTOR)).isEqualTo("system:platform-test");
			assertThat(KafkaTestConsumer.header(record, "traceparent"))
				.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
		}
	}

	@Test
	void eventOfARolledBackTransactionIsNeverPublished() {
		UserRegistered rolledBack = registered(UUID.randomUUID());
		UserRegistered committedAfterwards = registered(UUID.randomUUID());

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
				this.outbox.publish(rolledBack);
				throw new IllegalStateException("the business change failed");
			}));
		this.transactions.executeWithoutResult((status) -> this.outbox.publish(committedAfterwards));

		// The relay publishes in write order: once the later event is out, the
		// rolled-back one would have been out before it.
		try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(this.kafka, Topics.USERS)) {
			consumer.awaitRecords((r) -> committedAfterwards.subject().equals(r.key()), 1, Duration.ofSeconds(30));
			assertThat(consumer.pollFor((r) -> rolledBack.subject().equals(r.key()), Duration.ofSeconds(1))).isEmpty();
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM messaging.outbox WHERE message_key = :key")
			.param("key", rolledBack.subject())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void publishingOutsideATransactionIsRefused() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.outbox.publish(registered(UUID.randomUUID())));
	}

	private boolean isPublished(UUID eventId) {
		return this.jdbc.sql("SELECT published_at IS NOT NULL FROM messaging.outbox WHERE event_id = :id")
			.param("id", eventId)
			.query(Boolean.class)
			.single();
	}

	static UserRegistered registered(UUID userId) {
		return new UserRegistered(userId, userId + "@example.com", "Ada", "Lovelace", "CUSTOMER", Instant.now());
	}

}
