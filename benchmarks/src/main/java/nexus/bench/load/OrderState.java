package nexus.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An order as order-service holds it, with the times order-service itself recorded: when
 * it was placed and when it reached its final state.
 *
 * @param id the order
 * @param customerId who placed it
 * @param status where it stands
 * @param reason why it was cancelled, or {@code null}
 * @param placedAt when order-service stored it
 * @param settledAt when it was confirmed or cancelled (its history's first such entry),
 * or {@code null} while it is neither
 * @param lines what it holds
 */
public record OrderState(String id, String customerId, String status, String reason, Instant placedAt,
		Instant settledAt, List<Line> lines) {

	/** Statuses an order reaches after its saga is over. */
	public static final Set<String> FINAL = Set.of("CONFIRMED", "SHIPPED", "DELIVERED", "CANCELLED");

	/** Statuses of a confirmed (paid) order. */
	public static final Set<String> CONFIRMED = Set.of("CONFIRMED", "SHIPPED", "DELIVERED");

	public OrderState {
		lines = List.copyOf(lines);
	}

	/**
	 * Whether the saga is over.
	 * @return confirmed, shipped, delivered or cancelled
	 */
	public boolean settled() {
		return FINAL.contains(this.status);
	}

	/**
	 * Whether it was confirmed (and so paid).
	 * @return confirmed, shipped or delivered
	 */
	public boolean confirmed() {
		return CONFIRMED.contains(this.status);
	}

	/**
	 * How it ended, as it is counted among the outcomes.
	 * @return such as {@code CONFIRMED} or {@code CANCELLED PAYMENT_UNAVAILABLE}
	 */
	public String outcome() {
		return (this.reason != null) ? this.status + " " + this.reason : this.status;
	}

	/**
	 * From placed to final, by order-service's own clock.
	 * @return the duration, or {@code null} while the order is not final
	 */
	public Duration sagaDuration() {
		return (this.settledAt != null && this.placedAt != null) ? Duration.between(this.placedAt, this.settledAt)
				: null;
	}

	/**
	 * One line.
	 *
	 * @param productId the product
	 * @param quantity units
	 */
	public record Line(String productId, int quantity) {
	}

}
