package nexus.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import nexus.events.CloudEventHeaders;
import nexus.events.EventCodec;
import nexus.events.EventMetadata;
import nexus.events.Topics;
import nexus.events.user.UserDeactivated;
import nexus.events.user.UserRegistered;
import nexus.platform.PlatformIntegrationTest;
import nexus.platform.messaging.deadletter.DeadLetter;
import nexus.platform.messaging.deadletter.DeadLetterRecorder;
import nexus.platform.messaging.deadletter.DeadLetterStore;
import nexus.platform.messaging.deadletter.DeadLetterTopics;
import nexus.platform.messaging.outbox.Outbox;
import nexus.platform.observability.CorrelationContext;
import nexus.platform.testapp.UserCopies;
import nexus.testsupport.KafkaTestConsumer;
import nexus.testsupport.TestTokens;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer side: idempotent inbox, dead letters for poison and failing messages,
 * replay, and the correlation and trace context that travel with an event.
 */
@PlatformIntegrationTest
class EventConsumersIT {

	private static final String CONSUMER = "platform-test.user-copies";

	private static final String DEAD_LETTER_TOPIC = "error.nexus.users.v1.platform-test";

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserCopies copies;

	@Autowired
	DeadLetterStore deadLetters;

	@Autowired
	MeterRegistry meters;

	@Autowired
	List<DeadLetterTopics.Source> deadLetterSources;

	@Autowired
	Tracer tracer;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	@LocalServerPort
	int port;

	private final EventCodec codec = new EventCodec();

	@Test
	void sameEventDeliveredTwiceChangesStateOnce() {
		UserRegistered event = OutboxIT.registered(UUID.randomUUID());
		EventMetadata metadata = EventMetadata.forNewEvent(event, "test", Instant.now(), null, null);
		double duplicatesBefore = consumed("nexus.user.UserRegistered", "duplicate");

		send(metadata, this.codec.encode(event));
		send(metadata, this.codec.encode(event));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> consumed("nexus.user.UserRegistered", "duplicate") > duplicatesBefore);
		assertThat(this.copies.find(event.userId())).get().extracting(UserCopies.Row::applications).isEqualTo(1);
	}

	@Test
	void deadLetterCountersStartAtZeroSoThatAnAlertSeesTheFirstOne() {
		SimpleMeterRegistry fresh = new SimpleMeterRegistry();

		new DeadLetterRecorder(this.deadLetters, fresh, this.deadLetterSources);

		assertThat(fresh.find("nexus.dead.letters").tags("topic", Topics.USERS, "group", "platform-test").counter())
			.isNotNull()
			.extracting(Counter::count)
			.isEqualTo(0.0);
	}

	@Test
	void unreadableMessageIsDeadLetteredAtOnceAndTheConsumerGoesOn() {
		UUID user = UUID.randomUUID();
		EventMetadata poison = EventMetadata.forNewEvent(OutboxIT.registered(user), "test", Instant.now(), null, null);
		UserRegistered next = OutboxIT.registered(UUID.randomUUID());
		double unreadableBefore = consumed("nexus.user.UserRegistered", "unreadable");

		send(poison, "{\"userId\": \"not json".getBytes(StandardCharsets.UTF_8));
		// Same key, so same partition: the next event waits behind the poison.
		send(EventMetadata.forNewEvent(next, "test", Instant.now(), null, null), this.codec.encode(next), user);

		await().atMost(Duration.ofSeconds(30)).until(() -> this.copies.find(next.userId()).isPresent());
		DeadLetter deadLetter = awaitDeadLetter(poison.id());
		assertThat(deadLetter.consumerGroup()).isEqualTo("platform-test");
		assertThat(deadLetter.originalTopic()).isEqualTo(Topics.USERS);
		assertThat(deadLetter.errorMessage()).contains("Payload is not a valid UserRegistered");
		assertThat(deadLetter.status()).isEqualTo(DeadLetter.Status.PENDING);
		// Not retried: one attempt only.
		assertThat(consumed("nexus.user.UserRegistered", "unreadable") - unreadableBefore).isEqualTo(1);
		try (KafkaTestConsumer dlt = KafkaTestConsumer.subscribe(this.kafka, DEAD_LETTER_TOPIC)) {
			assertThat(dlt.awaitRecords((r) -> poison.id().toString().equals(KafkaTestConsumer.header(r, "ce_id")), 1,
					Duration.ofSeconds(30)))
				.singleElement()
				.satisfies((record) -> assertThat(KafkaTestConsumer.header(record, "x-exception-message"))
					.contains("not a valid UserRegistered"));
		}
	}

	@Test
	void failingEventIsRetriedThenDeadLetteredAndReplayedAfterTheFix() {
		UUID unknownUser = UUID.randomUUID();
		double failedBefore = consumed("nexus.user.UserDeactivated", "failed");
		EventMetadata deactivation = this.transactions
			.execute((status) -> this.outbox.publish(new UserDeactivated(unknownUser, Instant.now())));

		DeadLetter deadLetter = awaitDeadLetter(deactivation.id());
		assertThat(deadLetter.errorMessage()).contains("Unknown user " + unknownUser);
		assertThat(consumed("nexus.user.UserDeactivated", "failed") - failedBefore).isEqualTo(3);

		this.copies.insert(unknownUser, "late@example.com");
		RestTestClient http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		http.post()
			.uri("/actuator/deadletters/{id}", deadLetter.id())
			.header("Authorization", "Bearer " + TestTokens.customer(UUID.randomUUID()))
			.exchange()
			.expectStatus()
			.isForbidden();
		http.post()
			.uri("/actuator/deadletters/{id}", deadLetter.id())
			.header("Authorization", "Bearer " + TestTokens.admin(UUID.randomUUID()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.replayed")
			.isEqualTo(true);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.copies.find(unknownUser)).get()
				.extracting(UserCopies.Row::active)
				.isEqualTo(false));
		assertThat(this.deadLetters.find(deadLetter.id())).get()
			.extracting(DeadLetter::status)
			.isEqualTo(DeadLetter.Status.REPLAYED);
		http.get()
			.uri("/actuator/deadletters?status=REPLAYED")
			.header("Authorization", "Bearer " + TestTokens.admin(UUID.randomUUID()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id == '%s')].status".formatted(deadLetter.id()))
			.isEqualTo("REPLAYED");
		http.get().uri("/actuator/deadletters").exchange().expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void correlationIdAndTraceTravelWithTheEvent() {
		UserRegistered event = OutboxIT.registered(UUID.randomUUID());
		Span span = this.tracer.nextSpan().name("register").start();
		try (Tracer.SpanInScope inScope = this.tracer.withSpan(span);
				CorrelationContext.Scope correlation = CorrelationContext.open("corr-trace-42", null)) {
			this.transactions.executeWithoutResult((status) -> this.outbox.publish(event));
		}
		finally {
			span.end();
		}

		await().atMost(Duration.ofSeconds(30)).until(() -> this.copies.find(event.userId()).isPresent());
		UserCopies.Row copy = this.copies.find(event.userId()).orElseThrow();
		assertThat(copy.correlationId()).isEqualTo("corr-trace-42");
		assertThat(copy.traceId()).isEqualTo(span.context().traceId());
	}

	private DeadLetter awaitDeadLetter(UUID eventId) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> this.deadLetters.list(null, 500)
				.stream()
				.filter((letter) -> eventId.toString().equals(letter.eventId()))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private double consumed(String type, String outcome) {
		var counter = this.meters.find("nexus.events.consumed")
			.tags("consumer", CONSUMER, "type", type, "outcome", outcome)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private void send(EventMetadata metadata, byte[] payload) {
		send(metadata, payload, UUID.fromString(metadata.subject()));
	}

	private void send(EventMetadata metadata, byte[] payload, UUID key) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.USERS, key.toString(), payload);
		CloudEventHeaders.toHeaders(metadata)
			.forEach((name, value) -> record.headers()
				.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
		DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(
				Map.of("bootstrap.servers", this.kafka), new StringSerializer(), new ByteArraySerializer());
		try {
			new KafkaTemplate<>(factory).send(record).join();
		}
		finally {
			factory.destroy();
		}
	}

}
