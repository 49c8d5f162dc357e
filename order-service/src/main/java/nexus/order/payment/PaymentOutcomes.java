package nexus.order.payment;

import java.util.UUID;

/**
 * What the order side does when a payment settles. Called inside the transaction that
 * records the payment's outcome, so the order and the payment change together.
 */
public interface PaymentOutcomes {

	/**
	 * Locks the order of a payment before the payment itself is locked: every path that
	 * changes both takes the order first, so two of them never wait for each other.
	 * @param orderId the order
	 */
	void lockOrder(UUID orderId);

	/**
	 * The provider took the money.
	 * @param orderId the order paid for
	 * @return whether the order keeps the payment; {@code false} (the order was cancelled
	 * meanwhile) has it refunded
	 */
	boolean paymentSucceeded(UUID orderId);

	/**
	 * No money was taken.
	 * @param orderId the order
	 * @param declined {@code true} when the provider declined, {@code false} when it
	 * could not be reached
	 */
	void paymentFailed(UUID orderId, boolean declined);

}
