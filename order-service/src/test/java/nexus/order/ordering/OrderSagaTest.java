package nexus.order.ordering;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nexus.order.payment.InMemoryPayments;
import nexus.order.payment.PaymentStatus;
import nexus.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The saga's rules, without Spring: in-memory orders and payments, a movable clock.
 */
class OrderSagaTest {

	private static final Duration SAGA_DEADLINE = Duration.ofMinutes(10);

	private static final Duration MARGIN = Duration.ofSeconds(30);

	private final MutableClock clock = new MutableClock();

	private final List<Object> published = new ArrayList<>();

	private final InMemoryOrders orders = new InMemoryOrders(this.published);

	private final InMemoryPayments payments = new InMemoryPayments(this.published);

	private final OrderSaga saga = new OrderSaga(this.orders, this.payments.payments(this.clock),
			new OrderMetrics(new SimpleMeterRegistry(), this.clock),
			new OrderingProperties(SAGA_DEADLINE, MARGIN, Duration.ofSeconds(15), 50), InMemoryPayments.noTracing(),
			this.clock);

	@Test
	void reservedStockLeadsToAPaymentDueByTheSagaDeadline() {
		Order order = placed();

		this.saga.stockReserved(order.id(), this.clock.instant().plus(Duration.ofMinutes(15)));

		assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
		assertThat(this.payments.payBeforeOf(order.id())).contains(order.createdAt().plus(SAGA_DEADLINE));
		assertThat(this.payments.ofOrder(order.id()))
			.hasValueSatisfying((payment) -> assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING));
		assertThat(this.payments.workRequested()).hasSize(1);
		assertThat(this.published).singleElement().isInstanceOf(OrderEvent.AwaitingPayment.class);
	}

	@Test
	void aReservationThatExpiresFirstBringsThePaymentForwardByWhatTheEventSays() {
		Order order = placed();
		Instant expiresAt = this.clock.instant().plus(Duration.ofMinutes(4));

		this.saga.stockReserved(order.id(), expiresAt);

		assertThat(this.payments.payBeforeOf(order.id())).contains(expiresAt.minus(MARGIN));
		assertThat(order.reservationExpiresAt()).isEqualTo(expiresAt);
	}

	@Test
	void stockThatExpiresWithinTheMarginIsNeverPaidFor() {
		Order order = placed();

		this.saga.stockReserved(order.id(), this.clock.instant().plus(MARGIN));

		assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.statusReason()).isEqualTo(CancellationReason.TIMED_OUT);
		assertThat(this.payments.ofOrder(order.id())).isEmpty();
	}

	@Test
	void aRedeliveredReservationChargesOnce() {
		Order order = placed();
		Instant expiresAt = this.clock.instant().plus(Duration.ofMinutes(15));

		this.saga.stockReserved(order.id(), expiresAt);
		this.saga.stockReserved(order.id(), expiresAt);

		assertThat(this.payments.workRequested()).hasSize(1);
		assertThat(this.published).hasSize(1);
	}

	@Test
	void rejectedStockCancelsWithTheReasonTheCatalogueGave() {
		Order unavailable = placed();
		Order shortOfUnits = placed();

		this.saga.stockRejected(unavailable.id(), true);
		this.saga.stockRejected(shortOfUnits.id(), false);

		assertThat(unavailable.statusReason()).isEqualTo(CancellationReason.PRODUCT_UNAVAILABLE);
		assertThat(shortOfUnits.statusReason()).isEqualTo(CancellationReason.OUT_OF_STOCK);
		assertThat(this.published).allSatisfy((event) -> assertThat(event).isInstanceOf(OrderEvent.Cancelled.class))
			.hasSize(2);
	}

	@Test
	void anExpiredReservationTimesOutAnOrderStillWaitingForPaymentAndCallsThePaymentOff() {
		Order order = placed();
		this.saga.stockReserved(order.id(), this.clock.instant().plus(Duration.ofMinutes(15)));

		this.saga.reservationExpired(order.id());

		assertThat(order.statusReason()).isEqualTo(CancellationReason.TIMED_OUT);
		assertThat(this.payments.ofOrder(order.id()))
			.hasValueSatisfying((payment) -> assertThat(payment.status()).isEqualTo(PaymentStatus.VOIDED));
	}

	@Test
	void aSuccessfulPaymentConfirmsAnOrderWaitingForItButNotACancelledOne() {
		Order waiting = placed();
		this.saga.stockReserved(waiting.id(), this.clock.instant().plus(Duration.ofMinutes(15)));
		Order cancelled = placed();
		this.saga.stockRejected(cancelled.id(), false);

		assertThat(this.saga.paymentSucceeded(waiting.id())).isTrue();
		assertThat(this.saga.paymentSucceeded(cancelled.id())).isFalse();

		assertThat(waiting.status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(this.published).last().isInstanceOf(OrderEvent.Confirmed.class);
	}

	@Test
	void aFailedPaymentCancelsByWhetherItWasDeclined() {
		Order declined = placed();
		this.saga.stockReserved(declined.id(), this.clock.instant().plus(Duration.ofMinutes(15)));
		Order unreachable = placed();
		this.saga.stockReserved(unreachable.id(), this.clock.instant().plus(Duration.ofMinutes(15)));

		this.saga.paymentFailed(declined.id(), true);
		this.saga.paymentFailed(unreachable.id(), false);

		assertThat(declined.statusReason()).isEqualTo(CancellationReason.PAYMENT_DECLINED);
		assertThat(unreachable.statusReason()).isEqualTo(CancellationReason.PAYMENT_UNAVAILABLE);
	}

	@Test
	void theDeadlineCancelsOnlyOrdersThatAreOverdue() {
		Order order = placed();

		this.saga.timeOut(order.id());
		assertThat(order.status()).isEqualTo(OrderStatus.PENDING);

		this.clock.advance(SAGA_DEADLINE);
		this.saga.timeOut(order.id());
		assertThat(order.statusReason()).isEqualTo(CancellationReason.TIMED_OUT);
	}

	private Order placed() {
		return this.orders.committed(Order.place(UUID.randomUUID(), UUID.randomUUID(),
				List.of(new OrderItem(UUID.randomUUID(), "Cup", new BigDecimal("4.00"), 2)), "USD",
				UUID.randomUUID().toString(), "hash", this.clock.instant()));
	}

}
