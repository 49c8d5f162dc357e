package nexus.platform.messaging;

import java.time.Duration;
import java.util.UUID;

import nexus.events.Topics;
import nexus.platform.PlatformIntegrationTest;
import nexus.platform.testapp.Member;
import nexus.platform.testapp.MemberRepository;
import nexus.testsupport.KafkaTestConsumer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aggregates register domain events; saving the aggregate publishes their wire form,
 * through the outbox, if and only if the transaction commits.
 */
@PlatformIntegrationTest
class DomainEventsIT {

	@Autowired
	MemberRepository members;

	@Autowired
	TransactionTemplate transactions;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	@Test
	void savingAnAggregatePublishesTheWireFormOfItsEvents() {
		UUID id = UUID.randomUUID();

		this.transactions.executeWithoutResult((status) -> this.members.save(Member.join(id, "ada@example.com")));

		try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(this.kafka, Topics.USERS)) {
			assertThat(consumer.awaitRecords((record) -> id.toString().equals(record.key()), 1, Duration.ofSeconds(30)))
				.singleElement()
				.satisfies((record) -> assertThat(KafkaTestConsumer.header(record, "ce_type"))
					.isEqualTo("nexus.user.UserRegistered"));
		}
	}

	@Test
	void eventsOfARolledBackChangeAndUntranslatedEventsAreNeverPublished() {
		UUID rolledBack = UUID.randomUUID();
		UUID untranslated = UUID.randomUUID();

		this.transactions.executeWithoutResult((status) -> {
			this.members.save(Member.join(rolledBack, "bob@example.com"));
			status.setRollbackOnly();
		});
		this.transactions.executeWithoutResult((status) -> {
			Member member = Member.join(untranslated, "cy@example.com");
			member.clearEvents();
			this.members.save(member.notice());
		});

		try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(this.kafka, Topics.USERS)) {
			assertThat(consumer.pollFor((record) -> rolledBack.toString().equals(record.key())
					|| untranslated.toString().equals(record.key()), Duration.ofSeconds(3)))
				.isEmpty();
		}
		assertThat(this.members.existsById(untranslated)).isTrue();
	}

	@Test
	void aSaveWithoutATransactionOfTheCallersStillWritesTheChangeAndItsEventsTogether() {
		// The repository's own transaction holds both: Spring Data publishes the events
		// before it commits.
		UUID id = UUID.randomUUID();

		this.members.save(Member.join(id, "dee@example.com"));

		assertThat(this.members.existsById(id)).isTrue();
		try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(this.kafka, Topics.USERS)) {
			assertThat(consumer.awaitRecords((record) -> id.toString().equals(record.key()), 1, Duration.ofSeconds(30)))
				.hasSize(1);
		}
	}

}
