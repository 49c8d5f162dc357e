package nexus.platform.messaging;

import java.time.Duration;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import nexus.events.EventMetadata;
import nexus.events.Topics;
import nexus.events.user.UserRegistered;
import nexus.platform.messaging.outbox.Outbox;
import nexus.platform.messaging.outbox.OutboxStore;
import nexus.platform.testapp.PlatformTestApplication;
import nexus.testsupport.KafkaTestConsumer;
import nexus.testsupport.TcpProxy;
import nexus.testsupport.TestKafka;
import nexus.testsupport.TestPostgres;
import nexus.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static nexus.platform.messaging.OutboxIT.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay against a broker of its own that the test cuts off and brings back: what is
 * committed while the broker is unreachable is published once it is back.
 */
@SpringBootTest(classes = PlatformTestApplication.class,
		properties = { "spring.cloud.stream.bindings.userEvents-in-0.consumer.auto-startup=false",
				"nexus.messaging.dead-letters.recorder-enabled=false", "nexus.messaging.outbox.send-timeout=2s",
				"nexus.messaging.outbox.max-backoff=1s" })
class BrokerOutageIT {

	private static final TcpProxy proxy = TcpProxy.onFreePort();

	private static final EmbeddedKafkaKraftBroker broker = TestKafka.startBehind(proxy);

	private static final String BOOTSTRAP = "localhost:" + proxy.port();

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxStore store;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MeterRegistry meters;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		String url = TestPostgres.createDatabase("broker_outage");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> TestPostgres.server().username());
		registry.add("spring.datasource.password", () -> TestPostgres.server().password());
		registry.add("spring.kafka.bootstrap-servers", () -> BOOTSTRAP);
		registry.add("spring.cloud.stream.kafka.binder.brokers", () -> BOOTSTRAP);
		registry.add("nexus.security.jwt.jwk-set-uri", TestTokens::jwkSetUri);
	}

	@AfterAll
	static void stopBroker() {
		proxy.close();
		broker.destroy();
	}

	@Test
	void eventCommittedWhileTheBrokerIsDownIsPublishedWhenItReturns() {
		proxy.cut();
		double failuresBefore = failures();
		UserRegistered event = registered(UUID.randomUUID());

		EventMetadata metadata = this.transactions.execute((status) -> this.outbox.publish(event));

		await().atMost(Duration.ofSeconds(30)).until(() -> failures() > failuresBefore);
		assertThat(this.store.backlog()).isEqualTo(1);

		proxy.forwardTo("localhost", brokerPort());
		try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(BOOTSTRAP, Topics.USERS)) {
			assertThat(consumer.awaitRecords((r) -> event.subject().equals(r.key()), 1, Duration.ofSeconds(60)))
				.singleElement()
				.satisfies((record) -> assertThat(KafkaTestConsumer.header(record, "ce_id"))
					.isEqualTo(metadata.id().toString()));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> this.store.backlog() == 0);
	}

	private double failures() {
		return this.meters.counter("nexus.outbox.publish.failures").count();
	}

	private static int brokerPort() {
		String address = broker.getBrokersAsString();
		return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
	}

}
