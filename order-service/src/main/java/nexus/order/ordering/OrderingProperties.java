package nexus.order.ordering;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Order settings, under {@code nexus.ordering}.
 *
 * @param sagaDeadline how long an order may wait for stock and payment before it is
 * cancelled ({@code TIMED_OUT}). The stock reservation's own time is not a setting here:
 * each {@code StockReserved} says when its reservation expires, and an order waiting for
 * payment is due by the earlier of this deadline and that expiry less
 * {@code reservationMargin}, whatever catalog-service's reservation time is
 * @param reservationMargin a payment is never started later than this before the stock
 * reservation expires
 * @param sweepInterval how often overdue orders are looked for
 * @param maxLines most lines one order may have
 */
@Validated
@ConfigurationProperties("nexus.ordering")
record OrderingProperties(@NotNull @DefaultValue("10m") Duration sagaDeadline,
		@NotNull @DefaultValue("30s") Duration reservationMargin, @NotNull @DefaultValue("15s") Duration sweepInterval,
		@Min(1) @Max(100) @DefaultValue("50") int maxLines) {

	@AssertTrue(message = "saga-deadline must be positive")
	boolean isSagaDeadlinePositive() {
		return this.sagaDeadline.isPositive();
	}

}
