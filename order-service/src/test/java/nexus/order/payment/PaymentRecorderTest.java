package nexus.order.payment;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nexus.order.payment.PaymentProvider.ChargeOutcome;
import nexus.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How outcomes are recorded, without Spring: in-memory payments, an order side that
 * records what it is told, a movable clock.
 */
class PaymentRecorderTest {

	private final MutableClock clock = new MutableClock();

	/** Events and what the order side heard, in the order they happened. */
	private final List<Object> happened = new ArrayList<>();

	private final InMemoryPayments payments = new InMemoryPayments(this.happened);

	private final Orders orders = new Orders();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final PaymentRecorder recorder = new PaymentRecorder(this.payments, this.orders,
			(event) -> this.happened.add(event), this.meters, InMemoryPayments.noTracing(), properties(),
			new SixSecondCalls(), this.clock);

	@Test
	void aSuccessIsPublishedBeforeTheOrderHearsOfIt() {
		Payment payment = requested();

		this.recorder.charged(payment.id(), new ChargeOutcome.Succeeded("pi_1"));

		assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(this.happened).hasSize(2);
		assertThat(this.happened.get(0)).isInstanceOfSatisfying(PaymentEvent.Succeeded.class,
				(succeeded) -> assertThat(succeeded.reference()).isEqualTo("pi_1"));
		assertThat(this.happened.get(1)).isEqualTo("succeeded " + payment.orderId());
		assertThat(this.meters.counter("nexus.payments", "outcome", "succeeded").count()).isEqualTo(1);
	}

	@Test
	void theSameOutcomeReportedTwiceIsRecordedOnce() {
		Payment payment = requested();

		this.recorder.charged(payment.id(), new ChargeOutcome.Succeeded("pi_2"));
		this.recorder.charged(payment.id(), new ChargeOutcome.Succeeded("pi_2"));

		assertThat(this.happened).hasSize(2);
	}

	@Test
	void aSuccessForAnOrderThatNoLongerWantsItIsRefunded() {
		Payment payment = requested();
		this.orders.keeps = false;

		this.recorder.charged(payment.id(), new ChargeOutcome.Succeeded("pi_3"));

		assertThat(payment.status()).isEqualTo(PaymentStatus.REFUND_PENDING);
		assertThat(this.happened).last().isEqualTo(new PaymentWorkRequested(payment.id()));
	}

	@Test
	void aDeclineFailsThePaymentAndTellsTheOrderItWasDeclined() {
		Payment payment = requested();

		this.recorder.charged(payment.id(), new ChargeOutcome.Declined("pi_4", "card_declined", "Declined"));

		assertThat(this.happened.get(0)).isInstanceOfSatisfying(PaymentEvent.Failed.class, (failed) -> {
			assertThat(failed.reason()).isEqualTo(PaymentFailure.DECLINED);
			assertThat(failed.detail()).isEqualTo("card_declined: Declined");
		});
		assertThat(this.happened.get(1)).isEqualTo("failed " + payment.orderId() + " declined=true");
	}

	@Test
	void anUnavailableProviderDefersTheChargeWhileAnAttemptFitsAndNotAfter() {
		Payment payment = requested();

		assertThat(this.recorder.deferCharge(payment.id(), "timed out")).isTrue();
		assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);

		this.clock.advance(Duration.ofMinutes(10));
		assertThat(this.recorder.deferCharge(payment.id(), "timed out")).isFalse();
		assertThat(this.happened).isEmpty();
	}

	@Test
	void aRefundIsPublishedOnce() {
		Payment payment = requested();
		this.recorder.charged(payment.id(), new ChargeOutcome.Succeeded("pi_5"));
		payment.callOff(this.clock.instant());
		this.happened.clear();

		this.recorder.refunded(payment.id());
		this.recorder.refunded(payment.id());

		assertThat(this.happened).singleElement().isInstanceOf(PaymentEvent.Refunded.class);
	}

	private Payment requested() {
		return this.payments
			.save(Payment.requested(new ChargeRequest(UUID.randomUUID(), UUID.randomUUID(), new BigDecimal("12.00"),
					"USD", this.clock.instant().plus(Duration.ofMinutes(5))), "corr", null, this.clock.instant()));
	}

	static PaymentProperties properties() {
		return new PaymentProperties(
				new PaymentProperties.Provider(URI.create("http://localhost:1"), null, Duration.ofSeconds(1)),
				new PaymentProperties.Processing(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofMinutes(2),
						Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(30), 64,
						Duration.ofMinutes(1), Duration.ofHours(24)),
				new PaymentProperties.Webhook("whsec_test", Duration.ofMinutes(5), DataSize.ofKilobytes(64)));
	}

	/** A provider whose calls take at most six seconds; never called here. */
	private static final class SixSecondCalls implements PaymentProvider {

		@Override
		public Duration longestCall() {
			return Duration.ofSeconds(6);
		}

		@Override
		public ChargeOutcome charge(Charge charge) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Inquiry inquire(Charge charge, boolean lastChance) {
			throw new UnsupportedOperationException();
		}

		@Override
		public RefundOutcome refund(Refund refund) {
			throw new UnsupportedOperationException();
		}

	}

	/** The order side, telling the test what it heard. */
	private final class Orders implements PaymentOutcomes {

		private boolean keeps = true;

		@Override
		public void lockOrder(UUID orderId) {
		}

		@Override
		public boolean paymentSucceeded(UUID orderId) {
			PaymentRecorderTest.this.happened.add("succeeded " + orderId);
			return this.keeps;
		}

		@Override
		public void paymentFailed(UUID orderId, boolean declined) {
			PaymentRecorderTest.this.happened.add("failed " + orderId + " declined=" + declined);
		}

	}

}
