package nexus.platform.messaging.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nexus.events.CloudEventHeaders;
import nexus.events.EventCodec;
import nexus.events.EventDeserializationException;
import nexus.events.EventMetadata;
import nexus.events.user.UserEvent;
import nexus.events.user.UserRegistered;
import org.junit.jupiter.api.Test;

import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a consumer counts, without a broker: the idempotent path with its inbox is covered
 * by {@code EventConsumersIT} against PostgreSQL and Kafka.
 */
class EventConsumersTest {

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private final EventCodec codec = new EventCodec();

	// No inbox and no transactions: neither may be touched by what is tested here.
	private final EventConsumers consumers = new EventConsumers(this.codec, null, null, this.meters);

	@Test
	void everyTypeAndOutcomeOfAConsumerIsCountedFromZeroBeforeTheFirstEvent() {
		this.consumers.idempotent("test.users", UserEvent.class, (received) -> {
		});

		for (String type : List.of("nexus.user.UserRegistered", "nexus.user.UserUpdated",
				"nexus.user.UserDeactivated")) {
			for (String outcome : List.of("applied", "duplicate", "failed", "unreadable")) {
				assertThat(consumed("test.users", type, outcome)).as(type + " " + outcome).isNotNull();
				assertThat(consumed("test.users", type, outcome).count()).isZero();
			}
		}
		assertThat(this.meters.find("nexus.events.consumed").tag("type", "nexus.order.OrderPlaced").counter()).isNull();
	}

	@Test
	void aRepeatableConsumerAppliesEveryDeliveryWithoutAnInbox() {
		List<UserEvent> seen = new ArrayList<>();
		Consumer<Message<byte[]>> consumer = this.consumers.repeatable("test.cache", UserEvent.class,
				(received) -> seen.add(received.event()));
		Message<byte[]> message = message(registered());

		consumer.accept(message);
		consumer.accept(message);

		assertThat(seen).hasSize(2);
		assertThat(consumed("test.cache", "nexus.user.UserRegistered", "applied").count()).isEqualTo(2.0);
		assertThat(consumed("test.cache", "nexus.user.UserRegistered", "failed").count()).isZero();
	}

	@Test
	void aRepeatableConsumerCountsFailuresAndUnreadableMessages() {
		Consumer<Message<byte[]>> failing = this.consumers.repeatable("test.failing", UserEvent.class, (received) -> {
			throw new IllegalStateException("cannot");
		});
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> failing.accept(message(registered())));
		assertThat(consumed("test.failing", "nexus.user.UserRegistered", "failed").count()).isEqualTo(1.0);

		Message<byte[]> unreadable = MessageBuilder.withPayload("{not json".getBytes())
			.copyHeaders(headers(registered()))
			.build();
		assertThatExceptionOfType(EventDeserializationException.class).isThrownBy(() -> failing.accept(unreadable));
		assertThat(consumed("test.failing", "nexus.user.UserRegistered", "unreadable").count()).isEqualTo(1.0);
	}

	private Counter consumed(String consumer, String type, String outcome) {
		return this.meters.find("nexus.events.consumed")
			.tag("consumer", consumer)
			.tag("type", type)
			.tag("outcome", outcome)
			.counter();
	}

	private static UserRegistered registered() {
		return new UserRegistered(UUID.randomUUID(), "ada@example.com", "Ada", "Lovelace", "CUSTOMER", Instant.now());
	}

	private Message<byte[]> message(UserRegistered event) {
		return MessageBuilder.withPayload(this.codec.encode(event)).copyHeaders(headers(event)).build();
	}

	private static java.util.Map<String, String> headers(UserRegistered event) {
		return CloudEventHeaders
			.toHeaders(EventMetadata.forNewEvent(event, "test", Instant.now(), "correlation-1", "user-1"));
	}

}
