package nexus.order.ordering;

import java.time.Clock;
import java.util.UUID;

import nexus.platform.domain.NotFound;
import nexus.order.payment.Payments;
import nexus.platform.security.Caller;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do to an order after placing it: the customer cancels (until it ships, with
 * a refund if it was paid), an administrator ships and delivers.
 */
@Service
public class OrderLifecycle {

	private final OrderRepository orders;

	private final Payments payments;

	private final OrderMetrics metrics;

	private final Clock clock;

	OrderLifecycle(OrderRepository orders, Payments payments, OrderMetrics metrics, Clock clock) {
		this.orders = orders;
		this.payments = payments;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Transactional
	public OrderView cancel(Caller caller, UUID orderId) {
		Order order = this.orders.lock(orderId)
			.filter((found) -> found.belongsTo(caller.userId()))
			.orElseThrow(() -> new NotFound("Order", orderId));
		boolean inSaga = order.status().inSaga();
		order.cancel(CancellationReason.CANCELLED_BY_CUSTOMER, this.clock.instant());
		this.orders.saveAndFlush(order);
		this.payments.cancelFor(orderId);
		this.metrics.cancelled(order, CancellationReason.CANCELLED_BY_CUSTOMER, inSaga);
		return OrderView.of(order);
	}

	@Transactional
	public OrderView ship(UUID orderId) {
		Order order = this.orders.lock(orderId).orElseThrow(() -> new NotFound("Order", orderId));
		order.ship(this.clock.instant());
		this.orders.saveAndFlush(order);
		return OrderView.of(order);
	}

	@Transactional
	public OrderView deliver(UUID orderId) {
		Order order = this.orders.lock(orderId).orElseThrow(() -> new NotFound("Order", orderId));
		order.deliver(this.clock.instant());
		this.orders.saveAndFlush(order);
		return OrderView.of(order);
	}

}
