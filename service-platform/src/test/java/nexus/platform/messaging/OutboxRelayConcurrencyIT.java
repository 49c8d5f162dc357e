package nexus.platform.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import nexus.events.CloudEventHeaders;
import nexus.events.EventCodec;
import nexus.events.Topics;
import nexus.events.user.UserUpdated;
import nexus.platform.PlatformIntegrationTest;
import nexus.platform.messaging.outbox.Outbox;
import nexus.platform.messaging.outbox.OutboxRelay;
import nexus.platform.messaging.outbox.OutboxStore;
import nexus.testsupport.KafkaTestConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two relays against one outbox, as with two instances of a service: each event is
 * published once, and the events of each key in the order they were written.
 */
@PlatformIntegrationTest
class OutboxRelayConcurrencyIT {

	private static final int KEYS = 10;

	private static final int EVENTS = 300;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxStore store;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	KafkaProperties kafkaProperties;

	@Autowired
	MessagingProperties messaging;

	@Autowired
	MeterRegistry meters;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	private final EventCodec codec = new EventCodec();

	@Test
	void twoRelaysPublishEveryEventExactlyOnceInOrderPerKey() {
		// The application context runs one relay; a second one competes with it.
		OutboxRelay second = new OutboxRelay(this.store, this.transactions,
				new KafkaTemplate<>(OutboxRelay.producerFactory(this.kafkaProperties, this.messaging.outbox())),
				this.messaging.outbox(), this.meters);
		List<UUID> keys = IntStream.range(0, KEYS).mapToObj((i) -> UUID.randomUUID()).toList();
		Set<String> keyNames = keys.stream().map(UUID::toString).collect(Collectors.toSet());
		second.start();
		try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(this.kafka, Topics.USERS)) {
			this.transactions.executeWithoutResult((status) -> {
				for (int i = 0; i < EVENTS; i++) {
					UUID user = keys.get(i % KEYS);
					this.outbox.publish(new UserUpdated(user, "v" + i + "@example.com", "Ada", "Lovelace", "CUSTOMER",
							true, Instant.now()));
				}
			});

			List<ConsumerRecord<String, byte[]>> records = consumer.awaitRecords((r) -> keyNames.contains(r.key()),
					EVENTS, Duration.ofSeconds(60));
			List<ConsumerRecord<String, byte[]>> late = consumer.pollFor((r) -> keyNames.contains(r.key()),
					Duration.ofSeconds(1));

			assertThat(late).hasSize(EVENTS);
			assertThat(records.stream().map((r) -> KafkaTestConsumer.header(r, CloudEventHeaders.ID)).distinct())
				.hasSize(EVENTS);
			Map<String, List<Integer>> sequencePerKey = new HashMap<>();
			for (ConsumerRecord<String, byte[]> record : records) {
				UserUpdated event = (UserUpdated) this.codec.decode("nexus.user.UserUpdated", 1, record.value());
				int sequence = Integer.parseInt(event.email().substring(1, event.email().indexOf('@')));
				sequencePerKey.computeIfAbsent(record.key(), (k) -> new ArrayList<>()).add(sequence);
			}
			assertThat(sequencePerKey).hasSize(KEYS);
			sequencePerKey.values().forEach((sequence) -> assertThat(sequence).isSorted());
		}
		finally {
			second.stop();
		}
	}

}
