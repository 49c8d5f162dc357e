package nexus.order.ordering;

/**
 * Why an order was cancelled, as clients see it in {@code statusReason} (docs/api.md).
 * The order-service's own: the translator maps it to the wire's reason of the same name.
 */
public enum CancellationReason {

	/** Stock could not cover every line. */
	OUT_OF_STOCK,

	/** The payment provider declined the payment. */
	PAYMENT_DECLINED,

	/** The payment provider could not be reached, even after retries. */
	PAYMENT_UNAVAILABLE,

	/** The order waited too long for stock or payment. */
	TIMED_OUT,

	/** The customer cancelled it. */
	CANCELLED_BY_CUSTOMER,

	/** A product in it is unknown or no longer sold. */
	PRODUCT_UNAVAILABLE

}
