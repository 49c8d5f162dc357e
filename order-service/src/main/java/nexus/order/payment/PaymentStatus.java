package nexus.order.payment;

/**
 * Where a payment stands.
 */
public enum PaymentStatus {

	/** Recorded; the charge has not started yet. */
	PENDING,

	/** The provider is being called. */
	PROCESSING,

	/** The provider took the money. */
	SUCCEEDED,

	/** No money was taken: declined, or the provider could not be reached. */
	FAILED,

	/** Called off before the provider took anything. */
	VOIDED,

	/** Taken, and to be given back. */
	REFUND_PENDING,

	/** Given back. */
	REFUNDED

}
