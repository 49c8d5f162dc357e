package nexus.order.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nexus.events.order.OrderCancelled;
import nexus.events.order.OrderLine;
import nexus.events.order.OrderPlaced;
import nexus.events.order.PaymentFailed;
import nexus.order.ordering.CancellationReason;
import nexus.order.ordering.OrderEvent;
import nexus.order.payment.PaymentEvent;
import nexus.order.payment.PaymentFailure;
import nexus.platform.domain.DomainEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WireEventsTest {

	private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

	private final WireEvents translator = new WireEvents();

	private final UUID order = UUID.randomUUID();

	private final UUID customer = UUID.randomUUID();

	@Test
	void aPlacedOrderIsOrderPlacedWithItsLines() {
		UUID cup = UUID.randomUUID();
		assertThat(this.translator.toWire(new OrderEvent.Placed(this.order, this.customer,
				List.of(new OrderEvent.Line(cup, 2, new BigDecimal("19.99"))), new BigDecimal("39.98"), "USD", NOW)))
			.containsExactly(new OrderPlaced(this.order, this.customer,
					List.of(new OrderLine(cup, 2, new BigDecimal("19.99"))), new BigDecimal("39.98"), "USD", NOW));
	}

	@Test
	void everyCancellationReasonHasItsWireReason() {
		for (CancellationReason reason : CancellationReason.values()) {
			assertThat(this.translator.toWire(new OrderEvent.Cancelled(this.order, this.customer, reason, NOW)))
				.singleElement()
				.isInstanceOfSatisfying(OrderCancelled.class,
						(cancelled) -> assertThat(cancelled.reason().name()).isEqualTo(reason.name()));
		}
	}

	@Test
	void aFailedPaymentIsPaymentFailedWithItsReasonAndDetail() {
		UUID payment = UUID.randomUUID();
		assertThat(this.translator.toWire(new PaymentEvent.Failed(payment, this.order, this.customer,
				new BigDecimal("10.00"), "USD", PaymentFailure.PROVIDER_UNAVAILABLE, "timed out", NOW)))
			.containsExactly(new PaymentFailed(payment, this.order, this.customer, new BigDecimal("10.00"), "USD",
					PaymentFailed.Reason.PROVIDER_UNAVAILABLE, "timed out", NOW));
	}

	@Test
	void anEventOfNoOrderOrPaymentStaysInside() {
		assertThat(this.translator.toWire(new DomainEvent() {
		})).isEmpty();
	}

}
