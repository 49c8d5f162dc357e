package nexus.order.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import nexus.order.payment.PaymentProvider.ChargeOutcome;
import nexus.platform.observability.TraceContextCapture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what the provider said about a payment, whether the answer came back on the
 * call or later by webhook. Each outcome applies once: a second report of the same
 * outcome (the call and its webhook) changes nothing. The payment registers the event of
 * an outcome that is news, published when it is saved here, inside the trace of the order
 * it belongs to, and before the order hears of it (so {@code PaymentSucceeded} comes
 * before {@code OrderConfirmed} on the topic).
 */
@Component
class PaymentRecorder {

	private static final Logger log = LoggerFactory.getLogger(PaymentRecorder.class);

	private final PaymentRepository payments;

	private final PaymentOutcomes orders;

	private final ApplicationEventPublisher events;

	private final MeterRegistry meters;

	private final TraceContextCapture traces;

	private final PaymentProperties.Processing processing;

	private final Duration lastAttempt;

	private final Clock clock;

	PaymentRecorder(PaymentRepository payments, PaymentOutcomes orders, ApplicationEventPublisher events,
			MeterRegistry meters, TraceContextCapture traces, PaymentProperties properties, PaymentProvider provider,
			Clock clock) {
		this.payments = payments;
		this.orders = orders;
		this.events = events;
		this.meters = meters;
		this.traces = traces;
		this.processing = properties.processing();
		this.lastAttempt = properties.processing().pollInterval().plus(provider.longestCall());
		this.clock = clock;
		// At zero from the start, for dashboards and alerts.
		List.of("succeeded", "declined", "unavailable", "refunded", "deferred")
			.forEach((outcome) -> this.meters.counter("nexus.payments", "outcome", outcome));
	}

	@Transactional
	void charged(UUID paymentId, ChargeOutcome outcome) {
		Payment payment = lockWithOrder(paymentId);
		Instant now = this.clock.instant();
		// A webhook arrives in a trace of its own: what it records continues the order's.
		try (TraceContextCapture.Continuation span = this.traces.continueFrom(payment.traceParent(),
				"payment outcome")) {
			switch (outcome) {
				case ChargeOutcome.Succeeded succeeded -> succeeded(payment, succeeded.reference(), now);
				case ChargeOutcome.Declined declined -> failed(payment, PaymentFailure.DECLINED, declined.reference(),
						declined.code() + ": " + declined.message(), now);
				case ChargeOutcome.Unavailable unavailable ->
					failed(payment, PaymentFailure.PROVIDER_UNAVAILABLE, null, unavailable.detail(), now);
			}
		}
	}

	/**
	 * The provider could not take a charge this time: have it wait for its next attempt,
	 * if one fits before the payment is due and the order still wants it.
	 * @return whether the charge waits; if not, its outcome is to be recorded now
	 */
	@Transactional
	boolean deferCharge(UUID paymentId, String detail) {
		Payment payment = this.payments.lock(paymentId).orElseThrow();
		Instant now = this.clock.instant();
		// The next attempt must start, and come back, in time for the provider to be
		// asked
		// before the payment is due: its start may wait a poll, and it may take every
		// try.
		Instant lastStart = payment.payBefore().minus(this.lastAttempt);
		Optional<Instant> next = this.processing.nextChargeAttempt(payment.attempts(), lastStart, now);
		if (next.isEmpty() || !payment.deferCharge(next.get(), now)) {
			return false;
		}
		log.info("Payment {} of order {}: attempt {} found the provider unavailable ({}); next attempt at {}",
				payment.id(), payment.orderId(), payment.attempts(), detail, next.get());
		count("deferred");
		return true;
	}

	/**
	 * The provider was asked about a charge whose outcome was unknown, and holds no money
	 * for it.
	 */
	@Transactional
	void reconciled(UUID paymentId) {
		this.payments.lock(paymentId).ifPresent((payment) -> payment.reconciled(this.clock.instant()));
	}

	@Transactional
	void refunded(UUID paymentId) {
		Payment payment = this.payments.lock(paymentId).orElseThrow();
		Instant now = this.clock.instant();
		if (payment.refunded(now)) {
			try (TraceContextCapture.Continuation span = this.traces.continueFrom(payment.traceParent(),
					"payment refunded")) {
				this.payments.save(payment);
			}
			count("refunded");
		}
	}

	@Transactional
	void retryRefundAt(UUID paymentId, Instant when) {
		this.payments.lock(paymentId).ifPresent((payment) -> payment.retryRefundAt(when, this.clock.instant()));
	}

	/**
	 * Lets go of a charge whose run died and which may not be run again (its order no
	 * longer wants it, or it is past due).
	 */
	@Transactional
	void abandonIfStale(UUID paymentId) {
		Instant now = this.clock.instant();
		this.payments.lock(paymentId)
			.filter((payment) -> payment.status() == PaymentStatus.PROCESSING && payment.leaseExpired(now))
			.ifPresent((payment) -> {
				log.warn("Abandoning charge {} of order {}: its run died and it may not run again", payment.id(),
						payment.orderId());
				payment.abandon(now);
			});
	}

	private void succeeded(Payment payment, String reference, Instant now) {
		if (!payment.succeeded(reference, now)) {
			return;
		}
		this.payments.save(payment);
		count("succeeded");
		boolean kept = !payment.cancelRequested() && this.orders.paymentSucceeded(payment.orderId());
		if (!kept) {
			log.info("Payment {} succeeded for order {} that no longer wants it; refunding", payment.id(),
					payment.orderId());
			payment.requestRefund(now);
			this.events.publishEvent(new PaymentWorkRequested(payment.id()));
		}
	}

	private void failed(Payment payment, PaymentFailure reason, String reference, String detail, Instant now) {
		if (!payment.failed(reason, reference, detail, now)) {
			return;
		}
		this.payments.save(payment);
		count((reason == PaymentFailure.DECLINED) ? "declined" : "unavailable");
		this.orders.paymentFailed(payment.orderId(), reason == PaymentFailure.DECLINED);
	}

	private Payment lockWithOrder(UUID paymentId) {
		UUID orderId = this.payments.findOrderId(paymentId).orElseThrow();
		this.orders.lockOrder(orderId);
		return this.payments.lock(paymentId).orElseThrow();
	}

	private void count(String outcome) {
		this.meters.counter("nexus.payments", "outcome", outcome).increment();
	}

}
