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
 * cancelled ({@code TIMED_OUT}); kept below catalog-service's reservation time (15
 * minutes by default) so that an order gives its stock back before the reservation lapses
 * under it
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

	/**
	 * Catalog-service's default reservation time (its {@code StockReserved.expiresAt}).
	 */
	static final Duration CATALOG_RESERVATION_TTL = Duration.ofMinutes(15);

	@AssertTrue(message = "saga-deadline must be positive and shorter than the catalog's 15-minute reservation")
	boolean isSagaDeadlineBelowReservationTtl() {
		return this.sagaDeadline.isPositive() && this.sagaDeadline.compareTo(CATALOG_RESERVATION_TTL) < 0;
	}

}
