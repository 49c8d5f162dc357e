package nexus.order.payment;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChargeRetryTest {

	private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

	private final PaymentProperties.Processing processing = new PaymentProperties.Processing(Duration.ofSeconds(5),
			Duration.ofSeconds(2), Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofSeconds(1),
			Duration.ofSeconds(30), 64, Duration.ofMinutes(1), Duration.ofHours(24));

	@Test
	void thePauseDoublesWithEachAttemptUpToItsLongest() {
		Instant due = NOW.plus(Duration.ofMinutes(15));
		assertThat(this.processing.nextChargeAttempt(1, due, NOW)).contains(NOW.plusSeconds(1));
		assertThat(this.processing.nextChargeAttempt(2, due, NOW)).contains(NOW.plusSeconds(2));
		assertThat(this.processing.nextChargeAttempt(4, due, NOW)).contains(NOW.plusSeconds(8));
		assertThat(this.processing.nextChargeAttempt(6, due, NOW)).contains(NOW.plusSeconds(30));
		assertThat(this.processing.nextChargeAttempt(5000, due, NOW)).contains(NOW.plusSeconds(30));
	}

	@Test
	void noAttemptIsPlannedAtOrAfterTheDueTime() {
		assertThat(this.processing.nextChargeAttempt(1, NOW.plusSeconds(1), NOW)).isEmpty();
		assertThat(this.processing.nextChargeAttempt(3, NOW.plusSeconds(3), NOW)).isEmpty();
		assertThat(this.processing.nextChargeAttempt(3, NOW.plusSeconds(5), NOW)).contains(NOW.plusSeconds(4));
	}

}
