package nexus.order.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import nexus.order.payment.PaymentProvider.ChargeOutcome;
import nexus.order.payment.PaymentProvider.Inquiry;
import nexus.order.payment.PaymentProvider.RefundOutcome;
import nexus.platform.observability.CorrelationContext;
import nexus.platform.observability.TraceContextCapture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs charges and refunds outside any database transaction: it claims a payment (a short
 * transaction with a lease, so one run at a time across instances), calls the provider,
 * and records the outcome (another short transaction). It starts right after the commit
 * that asked for the work, and a poller picks up whatever was left behind: a crash, a
 * refund the provider could not take yet, a charge waiting for its next attempt.
 * <p>
 * A charge the provider could not take (timeout, provider down, breaker open, bulkhead
 * full) is not a failure while time is left: it waits, with a pause that doubles per
 * attempt, and its order keeps waiting for payment. Only when no attempt fits before the
 * payment is due is the provider asked whether it took the money after all, and the
 * payment fails if it did not. At most {@code max-concurrent-runs} runs go at once; more
 * wait for the poller.
 */
@Component
class PaymentProcessor implements SchedulingConfigurer, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PaymentProcessor.class);

	private static final int BATCH = 100;

	private final PaymentRepository payments;

	private final PaymentProvider provider;

	private final PaymentRecorder recorder;

	private final PaymentProperties properties;

	private final TransactionTemplate transactions;

	private final TraceContextCapture traces;

	private final Clock clock;

	private final Semaphore slots;

	private final ExecutorService runs = Executors
		.newThreadPerTaskExecutor(Thread.ofVirtual().name("payment-run-", 0).factory());

	PaymentProcessor(PaymentRepository payments, PaymentProvider provider, PaymentRecorder recorder,
			PaymentProperties properties, TransactionTemplate transactions, TraceContextCapture traces, Clock clock) {
		this.payments = payments;
		this.provider = provider;
		this.recorder = recorder;
		this.properties = properties;
		this.transactions = transactions;
		this.traces = traces;
		this.clock = clock;
		this.slots = new Semaphore(properties.processing().maxConcurrentRuns());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void onWorkRequested(PaymentWorkRequested work) {
		submit(work.paymentId());
	}

	/**
	 * Starts a run if a slot is free; otherwise the payment waits for the poller.
	 * @return whether it started
	 */
	private boolean submit(UUID paymentId) {
		if (!this.slots.tryAcquire()) {
			return false;
		}
		try {
			this.runs.execute(() -> {
				try {
					run(paymentId);
				}
				finally {
					this.slots.release();
				}
			});
			return true;
		}
		catch (RuntimeException ex) {
			this.slots.release();
			throw ex;
		}
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::pickUpLeftovers, this.properties.processing().pollInterval());
	}

	/**
	 * Runs every charge and refund that waits longer than it should.
	 * @return how many were looked at
	 */
	int pickUpLeftovers() {
		Instant now = this.clock.instant();
		int free = Math.min(BATCH, this.slots.availablePermits());
		if (free == 0) {
			return 0;
		}
		List<UUID> waiting = this.payments.findWork(now.minus(this.properties.processing().pickupDelay()), now,
				PageRequest.of(0, free));
		return (int) waiting.stream().filter(this::submit).count();
	}

	void run(UUID paymentId) {
		try {
			Optional<Task> task = this.transactions
				.execute((status) -> this.payments.findById(paymentId).map(Task::of));
			if (task.isEmpty()) {
				return;
			}
			try (CorrelationContext.Scope scope = CorrelationContext.open(task.get().correlationId(), null);
					TraceContextCapture.Continuation span = this.traces.continueFrom(task.get().traceParent(),
							"payment run")) {
				switch (task.get().status()) {
					case PENDING, PROCESSING -> charge(task.get());
					case REFUND_PENDING -> refund(task.get());
					default -> {
						// Settled meanwhile.
					}
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("Payment {} could not be processed; the poller tries again", paymentId, ex);
		}
	}

	private void charge(Task task) {
		Instant now = this.clock.instant();
		Integer claimed = this.transactions.execute((status) -> this.payments.claimCharge(task.paymentId(), now,
				now.plus(this.properties.processing().lease())));
		if (claimed == null || claimed == 0) {
			this.recorder.abandonIfStale(task.paymentId());
			return;
		}
		PaymentProvider.Charge charge = new PaymentProvider.Charge(task.paymentId(), task.orderId(),
				task.amount().movePointRight(2).longValueExact(), task.currency());
		ChargeOutcome outcome = this.provider.charge(charge);
		if (outcome instanceof ChargeOutcome.Unavailable unavailable) {
			if (this.recorder.deferCharge(task.paymentId(), unavailable.detail())) {
				return;
			}
			// No attempt fits before the payment is due (or the order called it off): ask
			// the provider whether an attempt took the money before giving up.
			Inquiry inquiry = this.provider.inquire(charge, true);
			if (inquiry instanceof Inquiry.Taken taken) {
				outcome = new ChargeOutcome.Succeeded(taken.reference());
			}
		}
		this.recorder.charged(task.paymentId(), outcome);
	}

	private void refund(Task task) {
		Instant now = this.clock.instant();
		Integer claimed = this.transactions.execute((status) -> this.payments.claimRefund(task.paymentId(), now,
				now.plus(this.properties.processing().lease())));
		if (claimed == null || claimed == 0) {
			return;
		}
		RefundOutcome outcome = this.provider
			.refund(new PaymentProvider.Refund(task.paymentId(), task.providerReference()));
		switch (outcome) {
			case RefundOutcome.Refunded refunded -> this.recorder.refunded(task.paymentId());
			case RefundOutcome.Unavailable unavailable -> {
				log.warn("Refund of payment {} failed ({}); retrying later", task.paymentId(), unavailable.detail());
				this.recorder.retryRefundAt(task.paymentId(),
						this.clock.instant().plus(this.properties.processing().refundRetry()));
			}
			case RefundOutcome.Refused refused -> {
				log.error("The provider refused to refund payment {}: {} {}; retrying later, look into it",
						task.paymentId(), refused.code(), refused.message());
				this.recorder.retryRefundAt(task.paymentId(),
						this.clock.instant().plus(this.properties.processing().refundRetry()));
			}
		}
	}

	@Override
	public void destroy() {
		this.runs.shutdownNow();
	}

	private record Task(UUID paymentId, UUID orderId, BigDecimal amount, String currency, PaymentStatus status,
			String providerReference, String correlationId, String traceParent) {

		static Task of(Payment payment) {
			return new Task(payment.id(), payment.orderId(), payment.amount(), payment.currency(), payment.status(),
					payment.providerReference(), payment.correlationId(), payment.traceParent());
		}

	}

}
