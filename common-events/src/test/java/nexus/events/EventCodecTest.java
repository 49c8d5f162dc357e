package nexus.events;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nexus.events.order.OrderLine;
import nexus.events.order.OrderPlaced;
import nexus.events.user.UserDeactivated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventCodecTest {

	private final EventCodec codec = new EventCodec();

	@Test
	void writesMoneyAsTwoDecimalStringsAndTimesAsIso() {
		OrderPlaced placed = new OrderPlaced(UUID.randomUUID(), UUID.randomUUID(),
				List.of(new OrderLine(UUID.randomUUID(), 2, new BigDecimal("12.5"))), new BigDecimal("25"), "USD",
				Instant.parse("2026-11-26T10:15:30Z"));

		String json = new String(this.codec.encode(placed), StandardCharsets.UTF_8);

		assertThat(json).contains("\"unitPrice\":\"12.50\"")
			.contains("\"totalAmount\":\"25.00\"")
			.contains("\"placedAt\":\"2026-11-26T10:15:30Z\"")
			.doesNotContain("nexus.events");
	}

	@Test
	void ignoresFieldsAddedByANewerProducerOfTheSameVersion() {
		UUID userId = UUID.randomUUID();
		String json = "{\"userId\":\"" + userId + "\",\"deactivatedAt\":\"2026-11-26T10:15:30Z\",\"by\":\"admin\"}";

		NexusEvent event = this.codec.decode("nexus.user.UserDeactivated", 1, json.getBytes(StandardCharsets.UTF_8));

		assertThat(event).isEqualTo(new UserDeactivated(userId, Instant.parse("2026-11-26T10:15:30Z")));
	}

	@Test
	void refusesAnUnknownTypeOrVersion() {
		assertThatExceptionOfType(EventDeserializationException.class)
			.isThrownBy(() -> this.codec.decode("nexus.user.UserDeactivated", 9, "{}".getBytes()))
			.withMessageContaining("Unknown event type nexus.user.UserDeactivated v9");
	}

	@Test
	void refusesMalformedJsonAndMissingRequiredFields() {
		assertThatExceptionOfType(EventDeserializationException.class)
			.isThrownBy(() -> this.codec.decode("nexus.user.UserDeactivated", 1, "{not json".getBytes()));
		assertThatExceptionOfType(EventDeserializationException.class)
			.isThrownBy(() -> this.codec.decode("nexus.user.UserDeactivated", 1, "{}".getBytes()))
			.withMessageContaining("userId is required");
		assertThatExceptionOfType(EventDeserializationException.class)
			.isThrownBy(() -> this.codec.decode("nexus.user.UserDeactivated", 1, new byte[0]));
	}

	@Test
	void refusesMoneyWithMoreThanTwoDecimals() {
		String json = "{\"orderId\":\"" + UUID.randomUUID() + "\",\"customerId\":\"" + UUID.randomUUID()
				+ "\",\"lines\":[{\"productId\":\"" + UUID.randomUUID()
				+ "\",\"quantity\":1,\"unitPrice\":\"1.005\"}],\"totalAmount\":\"1.01\",\"currency\":\"USD\",\"placedAt\":\"2026-11-26T10:15:30Z\"}";

		assertThatExceptionOfType(EventDeserializationException.class)
			.isThrownBy(() -> this.codec.decode("nexus.order.OrderPlaced", 1, json.getBytes()))
			.withMessageContaining("at most two decimals");
	}

}
