package nexus.order.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import nexus.testsupport.AggregateEvents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentTest {

	private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

	@Test
	void aSuccessIsNewsOnceAndAnswersAfterItChangeNothing() {
		Payment payment = requested();

		assertThat(payment.succeeded("pi_1", NOW)).isTrue();
		assertThat(payment.succeeded("pi_1", NOW)).isFalse();
		assertThat(payment.failed(PaymentFailure.DECLINED, "pi_1", "late", NOW)).isFalse();
		assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(payment.providerReference()).isEqualTo("pi_1");
	}

	@Test
	void theProviderOverrulesAnEarlierFailure() {
		Payment payment = requested();
		payment.failed(PaymentFailure.PROVIDER_UNAVAILABLE, null, "timed out", NOW);

		assertThat(payment.succeeded("pi_2", NOW)).isTrue();
		assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(payment.failureReason()).isNull();
	}

	@Test
	void callingOffVoidsMarksOrRefundsByWhereThePaymentIs() {
		Payment pending = requested();
		assertThat(pending.callOff(NOW)).isFalse();
		assertThat(pending.status()).isEqualTo(PaymentStatus.VOIDED);

		Payment taken = requested();
		taken.succeeded("pi_3", NOW);
		assertThat(taken.callOff(NOW)).isTrue();
		assertThat(taken.status()).isEqualTo(PaymentStatus.REFUND_PENDING);
		assertThat(taken.refunded(NOW)).isTrue();
		assertThat(taken.refunded(NOW)).isFalse();
		assertThat(taken.status()).isEqualTo(PaymentStatus.REFUNDED);

		Payment failed = requested();
		failed.failed(PaymentFailure.DECLINED, "pi_4", "card_declined", NOW);
		assertThat(failed.callOff(NOW)).isFalse();
		assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
	}

	@Test
	void aChargeTheProviderCouldNotTakeWaitsForAnotherAttemptUnlessTheOrderCalledItOff() {
		Payment waiting = requested();
		assertThat(waiting.deferCharge(NOW.plusSeconds(2), NOW)).isTrue();
		assertThat(waiting.status()).isEqualTo(PaymentStatus.PENDING);
		assertThat(waiting.outcomeUnknown()).isFalse();

		Payment calledOff = requested();
		calledOff.succeeded("pi_5", NOW);
		assertThat(calledOff.deferCharge(NOW.plusSeconds(2), NOW)).isFalse();
		assertThat(calledOff.status()).isEqualTo(PaymentStatus.SUCCEEDED);
	}

	@Test
	void onlyAFailureForAnUnreachableProviderLeavesTheOutcomeUnknownUntilReconciled() {
		Payment unreachable = requested();
		unreachable.failed(PaymentFailure.PROVIDER_UNAVAILABLE, null, "timed out", NOW);
		assertThat(unreachable.outcomeUnknown()).isTrue();
		unreachable.reconciled(NOW);
		assertThat(unreachable.outcomeUnknown()).isFalse();

		Payment declined = requested();
		declined.failed(PaymentFailure.DECLINED, "pi_6", "card_declined", NOW);
		assertThat(declined.outcomeUnknown()).isFalse();

		Payment voidedBeforeAnyAttempt = requested();
		voidedBeforeAnyAttempt.callOff(NOW);
		assertThat(voidedBeforeAnyAttempt.outcomeUnknown()).isFalse();

		Payment lateSuccess = requested();
		lateSuccess.failed(PaymentFailure.PROVIDER_UNAVAILABLE, null, "timed out", NOW);
		lateSuccess.succeeded("pi_7", NOW);
		assertThat(lateSuccess.outcomeUnknown()).isFalse();
	}

	@Test
	void eachOutcomeThatIsNewsRegistersItsEventOnce() {
		Payment paid = requested();
		paid.succeeded("pi_7", NOW);
		paid.succeeded("pi_7", NOW);
		paid.callOff(NOW);
		paid.refunded(NOW);
		paid.refunded(NOW);
		assertThat(AggregateEvents.of(paid)).extracting((event) -> event.getClass().getSimpleName())
			.containsExactly("Succeeded", "Refunded");
		assertThat(AggregateEvents.of(paid)).first()
			.isInstanceOfSatisfying(PaymentEvent.Succeeded.class, (succeeded) -> {
				assertThat(succeeded.orderId()).isEqualTo(paid.orderId());
				assertThat(succeeded.reference()).isEqualTo("pi_7");
			});

		Payment declined = requested();
		declined.failed(PaymentFailure.DECLINED, "pi_8", "card_declined", NOW);
		declined.failed(PaymentFailure.DECLINED, "pi_8", "card_declined", NOW);
		assertThat(AggregateEvents.of(declined)).singleElement()
			.isInstanceOfSatisfying(PaymentEvent.Failed.class, (failed) -> {
				assertThat(failed.reason()).isEqualTo(PaymentFailure.DECLINED);
				assertThat(failed.detail()).isEqualTo("card_declined");
			});
	}

	private static Payment requested() {
		return Payment.requested(new ChargeRequest(UUID.randomUUID(), UUID.randomUUID(), new BigDecimal("10.00"), "USD",
				NOW.plusSeconds(600)), "corr", null, NOW);
	}

}
