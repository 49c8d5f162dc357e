package nexus.catalog.stock;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The stock saga's outcomes and durations, as {@code nexus_catalog_stock_*} metrics.
 */
@Component
class StockMetrics {

	private final MeterRegistry meters;

	StockMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	/**
	 * A product's available stock fell to the low-stock threshold.
	 * @param low what the inventory registered
	 */
	@EventListener
	void stockLow(StockFellLow low) {
		this.meters.counter("nexus.catalog.stock.low").increment();
	}

	/**
	 * An {@code OrderPlaced} was handled.
	 * @param outcome {@code reserved}, {@code rejected} or {@code duplicate}
	 */
	void reservation(String outcome) {
		this.meters.counter("nexus.catalog.stock.reservations", "outcome", outcome).increment();
	}

	/**
	 * An {@code OrderConfirmed} was handled.
	 * @param outcome {@code sold}, {@code sold_after_expiry}, {@code unfulfilled},
	 * {@code duplicate} or {@code ignored}
	 */
	void confirmation(String outcome) {
		this.meters.counter("nexus.catalog.stock.confirmations", "outcome", outcome).increment();
	}

	/**
	 * Held stock went back.
	 * @param reason {@code order_cancelled} or {@code expired}
	 */
	void release(String reason) {
		this.meters.counter("nexus.catalog.stock.releases", "reason", reason).increment();
	}

	/**
	 * A reservation ended: how long it held stock.
	 * @param outcome {@code sold}, {@code released} or {@code expired}
	 * @param reservedAt when it was made
	 * @param now when it ended
	 */
	void held(String outcome, Instant reservedAt, Instant now) {
		Timer.builder("nexus.catalog.stock.reservation.duration")
			.description("How long a reservation held stock before it was sold, released or expired")
			.tag("outcome", outcome)
			.register(this.meters)
			.record(Duration.between(reservedAt, now));
	}

}
