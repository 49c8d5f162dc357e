package nexus.paymentsimulator;

/**
 * The provider operations a fault can be aimed at.
 */
public enum Operation {

	/** {@code POST /v1/payment_intents}. */
	CREATE,

	/** {@code POST /v1/payment_intents/{id}/confirm}. */
	CONFIRM,

	/** {@code GET /v1/payment_intents/{id}}. */
	RETRIEVE,

	/** {@code POST /v1/refunds}. */
	REFUND

}
