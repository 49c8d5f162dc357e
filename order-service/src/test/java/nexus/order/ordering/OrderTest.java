package nexus.order.ordering;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.ArrayList;
import java.util.UUID;

import nexus.testsupport.AggregateEvents;
import nexus.platform.domain.StateConflict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OrderTest {

	private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

	private final UUID customer = UUID.randomUUID();

	@Test
	void placingSnapshotsPricesTotalsTheLinesAndPublishesOrderPlaced() {
		Order order = placed();

		assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(order.totalAmount()).isEqualByComparingTo("64.47");
		assertThat(drain(order)).singleElement().isInstanceOfSatisfying(OrderEvent.Placed.class, (placed) -> {
			assertThat(placed.customerId()).isEqualTo(this.customer);
			assertThat(placed.lines()).hasSize(2);
			assertThat(placed.totalAmount()).isEqualByComparingTo("64.47");
		});
		assertThat(drain(order)).isEmpty();
	}

	@Test
	void happyPathRecordsEveryStatusAndItsEvent() {
		Order order = placed();
		drain(order);

		order.awaitPayment(NOW.plusSeconds(900), NOW.plusSeconds(600), NOW.plusSeconds(1));
		order.confirm(NOW.plusSeconds(2));
		order.ship(NOW.plusSeconds(3));
		order.deliver(NOW.plusSeconds(4));

		assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(order.history()).extracting(StatusChange::status)
			.containsExactly(OrderStatus.PENDING, OrderStatus.AWAITING_PAYMENT, OrderStatus.CONFIRMED,
					OrderStatus.SHIPPED, OrderStatus.DELIVERED);
		assertThat(drain(order)).extracting((event) -> event.getClass().getSimpleName())
			.containsExactly("AwaitingPayment", "Confirmed", "Shipped", "Delivered");
	}

	@Test
	void confirmedOrderCarriesItsLines() {
		Order order = placed();
		order.awaitPayment(NOW.plusSeconds(900), NOW.plusSeconds(600), NOW);
		drain(order);

		order.confirm(NOW);

		assertThat(drain(order)).singleElement()
			.isInstanceOfSatisfying(OrderEvent.Confirmed.class,
					(confirmed) -> assertThat(confirmed.lines()).hasSize(2));
	}

	@Test
	void cancellingKeepsTheReasonUntilShippedAndNotAfter() {
		Order pending = placed();
		pending.cancel(CancellationReason.OUT_OF_STOCK, NOW);
		assertThat(pending.statusReason()).isEqualTo(CancellationReason.OUT_OF_STOCK);
		assertThat(drain(pending)).last().isInstanceOf(OrderEvent.Cancelled.class);

		Order confirmed = placed();
		confirmed.awaitPayment(NOW.plusSeconds(900), NOW.plusSeconds(600), NOW);
		confirmed.confirm(NOW);
		confirmed.cancel(CancellationReason.CANCELLED_BY_CUSTOMER, NOW);
		assertThat(confirmed.status()).isEqualTo(OrderStatus.CANCELLED);

		Order shipped = placed();
		shipped.awaitPayment(NOW.plusSeconds(900), NOW.plusSeconds(600), NOW);
		shipped.confirm(NOW);
		shipped.ship(NOW);
		assertThatExceptionOfType(IllegalStatusChange.class)
			.isThrownBy(() -> shipped.cancel(CancellationReason.CANCELLED_BY_CUSTOMER, NOW))
			.satisfies((refusal) -> {
				assertThat(refusal).isInstanceOf(StateConflict.class);
				assertThat(refusal.slug()).isEqualTo("illegal-status-change");
			});
	}

	@Test
	void illegalMovesAreRefusedAndChangeNothing() {
		Order order = placed();
		drain(order);

		assertThatExceptionOfType(IllegalStatusChange.class).isThrownBy(() -> order.confirm(NOW));
		assertThatExceptionOfType(IllegalStatusChange.class).isThrownBy(() -> order.ship(NOW));
		order.cancel(CancellationReason.TIMED_OUT, NOW);
		assertThatExceptionOfType(IllegalStatusChange.class).isThrownBy(() -> order.awaitPayment(NOW, NOW, NOW));
		assertThatExceptionOfType(IllegalStatusChange.class)
			.isThrownBy(() -> order.cancel(CancellationReason.CANCELLED_BY_CUSTOMER, NOW));

		assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.statusReason()).isEqualTo(CancellationReason.TIMED_OUT);
		assertThat(drain(order)).hasSize(1);
	}

	@Test
	void overdueWhenStockOrPaymentWaitsPastItsDeadline() {
		Duration deadline = Duration.ofMinutes(10);
		Order pending = placed();
		assertThat(pending.overdue(deadline, NOW.plus(deadline).minusSeconds(1))).isFalse();
		assertThat(pending.overdue(deadline, NOW.plus(deadline))).isTrue();

		Order awaiting = placed();
		awaiting.awaitPayment(NOW.plusSeconds(900), NOW.plusSeconds(120), NOW);
		assertThat(awaiting.overdue(deadline, NOW.plusSeconds(119))).isFalse();
		assertThat(awaiting.overdue(deadline, NOW.plusSeconds(120))).isTrue();
		assertThat(drain(awaiting)).last().isInstanceOf(OrderEvent.AwaitingPayment.class);

		awaiting.confirm(NOW);
		assertThat(awaiting.overdue(deadline, NOW.plus(Duration.ofDays(1)))).isFalse();
	}

	/** What Spring Data publishes when the order is saved: its registered events. */
	private static List<Object> drain(Order order) {
		List<Object> events = new ArrayList<>(AggregateEvents.of(order));
		AggregateEvents.clear(order);
		return events;
	}

	private Order placed() {
		return Order.place(UUID.randomUUID(), this.customer,
				List.of(new OrderItem(UUID.randomUUID(), "Cup", new BigDecimal("19.99"), 3),
						new OrderItem(UUID.randomUUID(), "Saucer", new BigDecimal("4.50"), 1)),
				"USD", "key", "hash", NOW);
	}

}
