package nexus.order.payment;

import java.time.Clock;
import java.util.UUID;

import nexus.platform.observability.CorrelationContext;
import nexus.platform.observability.TraceContextCapture;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the order side asks of payments, always inside its own transaction: record a
 * charge to take, or call a payment off. Nothing here calls the provider; the work runs
 * after the transaction commits ({@link PaymentProcessor}), so no database transaction is
 * held open across a network call, and a rolled-back saga step takes no money.
 */
@Service
public class Payments {

	private final PaymentRepository payments;

	private final ApplicationEventPublisher events;

	private final TraceContextCapture traces;

	private final Clock clock;

	Payments(PaymentRepository payments, ApplicationEventPublisher events, TraceContextCapture traces, Clock clock) {
		this.payments = payments;
		this.events = events;
		this.traces = traces;
		this.clock = clock;
	}

	/**
	 * Records the payment of an order, to be taken once the caller's transaction commits.
	 * An order has one payment: asking again changes nothing.
	 * @param request what to take
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void requestCharge(ChargeRequest request) {
		if (this.payments.existsByOrderId(request.orderId())) {
			return;
		}
		Payment payment = this.payments.saveAndFlush(Payment.requested(request, CorrelationContext.correlationId(),
				this.traces.current(), this.clock.instant()));
		this.events.publishEvent(new PaymentWorkRequested(payment.id()));
	}

	/**
	 * The order was cancelled: void its payment if it has not started, refund it if it
	 * was taken, and have a charge in flight refunded should it succeed.
	 * @param orderId the order
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void cancelFor(UUID orderId) {
		this.payments.lockByOrderId(orderId)
			.filter((payment) -> payment.callOff(this.clock.instant()))
			.ifPresent((payment) -> this.events.publishEvent(new PaymentWorkRequested(payment.id())));
	}

}
