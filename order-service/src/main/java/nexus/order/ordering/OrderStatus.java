package nexus.order.ordering;

import java.util.Set;

/**
 * Where an order stands (docs/api.md):
 * {@code PENDING → AWAITING_PAYMENT → CONFIRMED → SHIPPED →
 * DELIVERED}, or {@code CANCELLED} from any state before {@code SHIPPED}.
 */
public enum OrderStatus {

	/** Placed; stock not yet reserved. */
	PENDING,

	/** Stock reserved; payment being taken. */
	AWAITING_PAYMENT,

	/** Paid; the reservation became a sale. */
	CONFIRMED,

	/** Handed to the carrier. */
	SHIPPED,

	/** Reached the customer. */
	DELIVERED,

	/** Will not be fulfilled; see the reason. */
	CANCELLED;

	boolean canMoveTo(OrderStatus next) {
		return switch (this) {
			case PENDING -> Set.of(AWAITING_PAYMENT, CANCELLED).contains(next);
			case AWAITING_PAYMENT -> Set.of(CONFIRMED, CANCELLED).contains(next);
			case CONFIRMED -> Set.of(SHIPPED, CANCELLED).contains(next);
			case SHIPPED -> next == DELIVERED;
			case DELIVERED, CANCELLED -> false;
		};
	}

	/**
	 * Whether the saga is still running: stock or payment outstanding.
	 * @return for {@code PENDING} and {@code AWAITING_PAYMENT}
	 */
	boolean inSaga() {
		return this == PENDING || this == AWAITING_PAYMENT;
	}

}
