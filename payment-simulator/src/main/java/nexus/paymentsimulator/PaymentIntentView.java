package nexus.paymentsimulator;

import java.util.Map;

/**
 * What the simulator holds for one PaymentIntent, for tests to look at.
 *
 * @param id the intent id ({@code pi_...})
 * @param amount amount in minor units
 * @param currency lower-case ISO code
 * @param status {@code requires_confirmation}, {@code requires_payment_method} (declined)
 * or {@code succeeded}
 * @param metadata the metadata it was created with
 * @param refunded whether its charge was refunded
 */
public record PaymentIntentView(String id, long amount, String currency, String status, Map<String, String> metadata,
		boolean refunded) {

	/**
	 * Whether money was taken and kept.
	 * @return succeeded and not refunded
	 */
	public boolean charged() {
		return "succeeded".equals(this.status) && !this.refunded;
	}

}
