package nexus.order.ordering;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import nexus.order.payment.ChargeRequest;
import nexus.order.payment.PaymentOutcomes;
import nexus.order.payment.Payments;
import nexus.platform.observability.TraceContextCapture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order saga, one step per answer: stock reserved leads to a payment, stock rejected
 * to a cancellation; a payment's outcome confirms or cancels; an order past its deadline
 * is cancelled. Every step locks the order and acts only if the order is where the step
 * expects it, so a redelivered or late answer changes nothing.
 * <p>
 * A step never calls the payment provider: it records a payment to take, and the payment
 * side takes it after this transaction commits (see {@link Payments}).
 */
@Service
public class OrderSaga implements PaymentOutcomes {

	private static final Logger log = LoggerFactory.getLogger(OrderSaga.class);

	private final OrderRepository orders;

	private final Payments payments;

	private final OrderMetrics metrics;

	private final OrderingProperties properties;

	private final TraceContextCapture traces;

	private final Clock clock;

	OrderSaga(OrderRepository orders, Payments payments, OrderMetrics metrics, OrderingProperties properties,
			TraceContextCapture traces, Clock clock) {
		this.orders = orders;
		this.payments = payments;
		this.metrics = metrics;
		this.properties = properties;
		this.traces = traces;
		this.clock = clock;
	}

	/**
	 * The catalogue reserved every line of an order, until {@code expiresAt}: the order
	 * waits for its payment, which must be taken by the earlier of its saga deadline and
	 * {@code reservation-margin} before the reservation expires.
	 * @param orderId the order
	 * @param expiresAt when the catalogue lets the reservation go
	 */
	@Transactional
	public void stockReserved(UUID orderId, Instant expiresAt) {
		Order order = lockOrIgnore(orderId, "StockReserved");
		if (order == null || order.status() != OrderStatus.PENDING) {
			// Already past this step (a redelivery) or cancelled meanwhile (the catalogue
			// releases the stock on OrderCancelled): nothing to charge.
			return;
		}
		Instant now = this.clock.instant();
		Instant payBefore = min(order.createdAt().plus(this.properties.sagaDeadline()),
				expiresAt.minus(this.properties.reservationMargin()));
		if (!payBefore.isAfter(now)) {
			log.info("Order {} got stock that expires at {}; too late to take payment", order.id(), expiresAt);
			cancel(order, CancellationReason.TIMED_OUT);
			return;
		}
		order.awaitPayment(expiresAt, payBefore, now);
		this.orders.saveAndFlush(order);
		this.payments.requestCharge(
				new ChargeRequest(order.id(), order.customerId(), order.totalAmount(), order.currency(), payBefore));
	}

	/**
	 * The catalogue could not reserve every line of an order.
	 * @param orderId the order
	 * @param productUnavailable whether a line's product is unknown or no longer sold
	 * (rather than short of units)
	 */
	@Transactional
	public void stockRejected(UUID orderId, boolean productUnavailable) {
		Order order = lockOrIgnore(orderId, "StockRejected");
		if (order == null || order.status() != OrderStatus.PENDING) {
			return;
		}
		cancel(order, productUnavailable ? CancellationReason.PRODUCT_UNAVAILABLE : CancellationReason.OUT_OF_STOCK);
	}

	/**
	 * The catalogue let an order's reservation expire: an order still waiting for its
	 * payment can no longer be filled.
	 * @param orderId the order
	 */
	@Transactional
	public void reservationExpired(UUID orderId) {
		Order order = lockOrIgnore(orderId, "StockReleased");
		if (order == null) {
			return;
		}
		if (order.status() == OrderStatus.AWAITING_PAYMENT) {
			cancel(order, CancellationReason.TIMED_OUT);
		}
		else if (order.status() != OrderStatus.CANCELLED) {
			log.error("The catalogue let the reservation of {} order {} expire", order.status(), order.id());
		}
	}

	/**
	 * Cancels an order whose saga ran past its deadline.
	 * @param orderId the order
	 */
	@Transactional
	void timeOut(UUID orderId) {
		Order order = lockOrIgnore(orderId, "deadline");
		if (order != null && order.overdue(this.properties.sagaDeadline(), this.clock.instant())) {
			try (TraceContextCapture.Continuation span = this.traces.continueFrom(order.traceParent(),
					"order deadline")) {
				cancel(order, CancellationReason.TIMED_OUT);
			}
		}
	}

	@Override
	@Transactional
	public void lockOrder(UUID orderId) {
		this.orders.lock(orderId);
	}

	@Override
	@Transactional
	public boolean paymentSucceeded(UUID orderId) {
		Order order = this.orders.lock(orderId).orElseThrow();
		return switch (order.status()) {
			case AWAITING_PAYMENT -> {
				order.confirm(this.clock.instant());
				this.orders.saveAndFlush(order);
				this.metrics.confirmed(order);
				yield true;
			}
			case CONFIRMED, SHIPPED, DELIVERED -> true;
			case PENDING, CANCELLED -> false;
		};
	}

	@Override
	@Transactional
	public void paymentFailed(UUID orderId, boolean declined) {
		Order order = this.orders.lock(orderId).orElseThrow();
		if (order.status() == OrderStatus.AWAITING_PAYMENT) {
			cancel(order, declined ? CancellationReason.PAYMENT_DECLINED : CancellationReason.PAYMENT_UNAVAILABLE);
		}
	}

	private void cancel(Order order, CancellationReason reason) {
		boolean inSaga = order.status().inSaga();
		order.cancel(reason, this.clock.instant());
		this.orders.saveAndFlush(order);
		this.payments.cancelFor(order.id());
		this.metrics.cancelled(order, reason, inSaga);
	}

	private Order lockOrIgnore(UUID orderId, String what) {
		Order order = this.orders.lock(orderId).orElse(null);
		if (order == null) {
			log.warn("Ignoring {} for unknown order {}", what, orderId);
		}
		return order;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
