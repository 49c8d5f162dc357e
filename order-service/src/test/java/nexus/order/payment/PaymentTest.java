package nexus.order.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentTest {

	private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

	@Test
	void aSuccessIsNewsOnceAndAnswersAfterItChangeNothing() {
		Payment payment = requested();

		assertThat(payment.succeeded("pi_1", NOW)).isTrue();
		assertThat(payment.succeeded("pi_1", NOW)).isFalse();
		assertThat(payment.failed("DECLINED", "pi_1", "late", NOW)).isFalse();
		assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(payment.providerReference()).isEqualTo("pi_1");
	}

	@Test
	void theProviderOverrulesAnEarlierFailure() {
		Payment payment = requested();
		payment.failed("PROVIDER_UNAVAILABLE", null, "timed out", NOW);

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
		failed.failed("DECLINED", "pi_4", "card_declined", NOW);
		assertThat(failed.callOff(NOW)).isFalse();
		assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
	}

	private static Payment requested() {
		return Payment.requested(new ChargeRequest(UUID.randomUUID(), UUID.randomUUID(), new BigDecimal("10.00"), "USD",
				NOW.plusSeconds(600)), "corr", null, NOW);
	}

}
