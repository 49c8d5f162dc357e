package nexus.order.payment;

/**
 * Why a payment failed.
 */
public enum PaymentFailure {

	/** The provider declined it. */
	DECLINED,

	/** The provider could not be reached. */
	PROVIDER_UNAVAILABLE

}
