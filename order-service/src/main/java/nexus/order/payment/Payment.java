package nexus.order.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The payment of one order. Its id is the root of every idempotency key sent to the
 * provider, so however often a charge or a refund is retried (after a timeout, a crash or
 * a redelivered event) the provider takes and returns the money once. Each outcome that
 * is news registers its {@link PaymentEvent}, published when the payment is saved.
 */
@Entity
@Table(name = "payment")
class Payment extends AbstractAggregateRoot<Payment> {

	private static final Set<PaymentStatus> TAKEN = EnumSet.of(PaymentStatus.SUCCEEDED, PaymentStatus.REFUND_PENDING,
			PaymentStatus.REFUNDED);

	@Id
	private UUID id;

	private UUID customerId;

	private UUID orderId;

	@Column(name = "stripe_payment_intent")
	private String providerReference;

	private BigDecimal amount;

	private String currency;

	@Enumerated(EnumType.STRING)
	private PaymentStatus status;

	private String failureReason;

	private String failureDetail;

	private Instant payBefore;

	private boolean cancelRequested;

	private int attempts;

	private Instant leaseUntil;

	private Instant nextAttemptAt;

	private String correlationId;

	private String traceParent;

	private Instant reconciledAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected Payment() {
	}

	static Payment requested(ChargeRequest request, String correlationId, String traceParent, Instant now) {
		Payment payment = new Payment();
		payment.id = UUID.randomUUID();
		payment.orderId = request.orderId();
		payment.customerId = request.customerId();
		payment.amount = request.amount();
		payment.currency = request.currency();
		payment.payBefore = request.payBefore();
		payment.status = PaymentStatus.PENDING;
		payment.correlationId = correlationId;
		payment.traceParent = traceParent;
		payment.createdAt = now;
		payment.updatedAt = now;
		return payment;
	}

	/**
	 * The provider took the money. Accepted even after a failure or a void: the provider
	 * is the authority on whether money moved (a timed-out call may have succeeded).
	 * @return whether this is news
	 */
	boolean succeeded(String reference, Instant now) {
		if (TAKEN.contains(this.status)) {
			return false;
		}
		this.reconciledAt = now;
		this.status = PaymentStatus.SUCCEEDED;
		this.providerReference = reference;
		this.failureReason = null;
		this.failureDetail = null;
		release(now);
		registerEvent(new PaymentEvent.Succeeded(this.id, this.orderId, this.customerId, this.amount, this.currency,
				reference, now));
		return true;
	}

	/**
	 * No money was taken.
	 * @return whether this is news
	 */
	boolean failed(PaymentFailure reason, String reference, String detail, Instant now) {
		if (this.status != PaymentStatus.PENDING && this.status != PaymentStatus.PROCESSING) {
			return false;
		}
		this.status = PaymentStatus.FAILED;
		if (reference != null) {
			this.providerReference = reference;
		}
		this.failureReason = reason.name();
		this.failureDetail = (detail != null && detail.length() > 500) ? detail.substring(0, 500) : detail;
		release(now);
		registerEvent(new PaymentEvent.Failed(this.id, this.orderId, this.customerId, this.amount, this.currency,
				reason, detail, now));
		return true;
	}

	/**
	 * The provider could not be asked this time (timeout, provider down, breaker open,
	 * bulkhead full): the charge waits for another attempt at {@code when}, and its order
	 * keeps waiting for payment. Refused for an order that no longer wants the money.
	 * @return whether the charge now waits
	 */
	boolean deferCharge(Instant when, Instant now) {
		if (this.cancelRequested || (this.status != PaymentStatus.PENDING && this.status != PaymentStatus.PROCESSING)) {
			return false;
		}
		this.status = PaymentStatus.PENDING;
		this.nextAttemptAt = when;
		release(now);
		return true;
	}

	/**
	 * Whether the provider may hold money for this payment that we do not know of: it
	 * failed because the provider could not be reached, or was called off after an
	 * attempt started, and nobody has asked the provider since.
	 * @return whether reconciliation should ask
	 */
	boolean outcomeUnknown() {
		boolean unreachable = this.status == PaymentStatus.FAILED
				&& PaymentFailure.PROVIDER_UNAVAILABLE.name().equals(this.failureReason);
		boolean calledOffMidway = this.status == PaymentStatus.VOIDED && this.attempts > 0;
		return this.reconciledAt == null && (unreachable || calledOffMidway);
	}

	/**
	 * The provider was asked and holds no money for this payment (or no longer needs
	 * asking).
	 */
	void reconciled(Instant now) {
		this.reconciledAt = now;
		this.updatedAt = now;
	}

	/**
	 * The order no longer wants the money: a payment not started is voided, one in flight
	 * is marked so that a success is refunded, one taken is to be refunded.
	 * @return whether a refund is now due
	 */
	boolean callOff(Instant now) {
		this.updatedAt = now;
		switch (this.status) {
			case PENDING -> this.status = PaymentStatus.VOIDED;
			case PROCESSING -> this.cancelRequested = true;
			case SUCCEEDED -> {
				requestRefund(now);
				return true;
			}
			default -> {
				// Failed, voided or already being refunded: nothing to do.
			}
		}
		return false;
	}

	void requestRefund(Instant now) {
		this.status = PaymentStatus.REFUND_PENDING;
		this.nextAttemptAt = null;
		release(now);
	}

	boolean refunded(Instant now) {
		if (this.status != PaymentStatus.REFUND_PENDING) {
			return false;
		}
		this.status = PaymentStatus.REFUNDED;
		release(now);
		registerEvent(new PaymentEvent.Refunded(this.id, this.orderId, this.customerId, this.amount, this.currency,
				this.providerReference, now));
		return true;
	}

	void retryRefundAt(Instant when, Instant now) {
		this.nextAttemptAt = when;
		release(now);
	}

	/** A charge whose caller vanished, for an order that no longer wants it. */
	void abandon(Instant now) {
		if (this.status == PaymentStatus.PROCESSING) {
			this.status = PaymentStatus.VOIDED;
			this.failureDetail = "Abandoned without a known outcome; a provider webhook settles it";
			release(now);
		}
	}

	boolean leaseExpired(Instant now) {
		return this.leaseUntil == null || this.leaseUntil.isBefore(now);
	}

	private void release(Instant now) {
		this.leaseUntil = null;
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID customerId() {
		return this.customerId;
	}

	UUID orderId() {
		return this.orderId;
	}

	String providerReference() {
		return this.providerReference;
	}

	BigDecimal amount() {
		return this.amount;
	}

	String currency() {
		return this.currency;
	}

	PaymentStatus status() {
		return this.status;
	}

	boolean cancelRequested() {
		return this.cancelRequested;
	}

	String correlationId() {
		return this.correlationId;
	}

	/**
	 * The trace of the work that asked for the payment, which its runs continue.
	 * @return the W3C traceparent, or {@code null}
	 */
	String traceParent() {
		return this.traceParent;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant payBefore() {
		return this.payBefore;
	}

	int attempts() {
		return this.attempts;
	}

	String failureReason() {
		return this.failureReason;
	}

}
