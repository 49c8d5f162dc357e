package nexus.order.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nexus.order.payment.PaymentProvider.ChargeOutcome;
import nexus.order.payment.PaymentProvider.Inquiry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds money the provider took for orders that gave up on it. A charge whose calls timed
 * out, or that was called off mid-run, may still have succeeded at the provider; its
 * webhook normally says so, but a webhook can be lost. Some time after such a charge
 * settled ({@code reconcile-after}), the provider is asked (without taking anything): if
 * it took the money, the success is recorded, and since the order no longer wants it, it
 * is refunded. Each is asked until the provider answers, for at most
 * {@code reconcile-for}.
 * <p>
 * {@code nexus_payment_reconciliations_total{outcome}} counts what was found:
 * {@code refunded} (money found on a cancelled order and given back; alerting),
 * {@code nothing_taken}, {@code unknown} (the provider could not be asked), and
 * {@code given_up}.
 */
@Component
class PaymentReconciliation implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);

	private static final int BATCH = 20;

	private static final List<String> OUTCOMES = List.of("refunded", "nothing_taken", "unknown", "given_up");

	private final PaymentRepository payments;

	private final PaymentProvider provider;

	private final PaymentRecorder recorder;

	private final PaymentProperties.Processing processing;

	private final TransactionTemplate transactions;

	private final MeterRegistry meters;

	private final Clock clock;

	PaymentReconciliation(PaymentRepository payments, PaymentProvider provider, PaymentRecorder recorder,
			PaymentProperties properties, TransactionTemplate transactions, MeterRegistry meters, Clock clock) {
		this.payments = payments;
		this.provider = provider;
		this.recorder = recorder;
		this.processing = properties.processing();
		this.transactions = transactions;
		this.meters = meters;
		this.clock = clock;
		OUTCOMES.forEach(this::counter);
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::reconcile, this.processing.pollInterval());
	}

	/**
	 * Asks the provider about every charge whose outcome is unknown and due for asking.
	 * @return how many were asked about
	 */
	int reconcile() {
		Instant now = this.clock.instant();
		List<UUID> unknown = this.payments.findUnknownOutcomes(now.minus(this.processing.reconcileAfter()),
				PageRequest.of(0, BATCH));
		unknown.forEach(this::reconcile);
		return unknown.size();
	}

	private void reconcile(UUID paymentId) {
		try {
			Optional<Payment> found = this.transactions
				.execute((status) -> this.payments.findById(paymentId).filter(Payment::outcomeUnknown));
			if (found == null || found.isEmpty()) {
				return;
			}
			Payment payment = found.get();
			if (payment.createdAt().plus(this.processing.reconcileFor()).isBefore(this.clock.instant())) {
				log.error(
						"Payment {} of order {}: the provider could not be asked whether it took the money "
								+ "within {}; look into it at the provider",
						paymentId, payment.orderId(), this.processing.reconcileFor());
				this.recorder.reconciled(paymentId);
				counter("given_up").increment();
				return;
			}
			Inquiry inquiry = this.provider.inquire(new PaymentProvider.Charge(payment.id(), payment.orderId(),
					payment.amount().movePointRight(2).longValueExact(), payment.currency()), false);
			switch (inquiry) {
				case Inquiry.Taken taken -> {
					log.warn("Payment {}: the provider took the money ({}) for order {}, which gave up on it; "
							+ "refunding", paymentId, taken.reference(), payment.orderId());
					this.recorder.charged(paymentId, new ChargeOutcome.Succeeded(taken.reference()));
					counter("refunded").increment();
				}
				case Inquiry.NotTaken notTaken -> {
					this.recorder.reconciled(paymentId);
					counter("nothing_taken").increment();
				}
				case Inquiry.Unknown cannotTell -> {
					log.info("Payment {}: the provider could not be asked ({}); asking again later", paymentId,
							cannotTell.detail());
					counter("unknown").increment();
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("Payment {} could not be reconciled; trying again later", paymentId, ex);
		}
	}

	private Counter counter(String outcome) {
		return Counter.builder("nexus.payment.reconciliations")
			.description("Charges of unknown outcome the provider was asked about, by what it held")
			.tag("outcome", outcome)
			.register(this.meters);
	}

}
