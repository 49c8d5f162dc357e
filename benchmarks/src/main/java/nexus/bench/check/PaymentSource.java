package nexus.bench.check;

import java.util.List;

/**
 * What the payment provider holds: every payment it was asked for, whether its money was
 * taken and whether it was given back.
 */
public interface PaymentSource {

	/**
	 * Every payment the provider knows.
	 * @return the payments
	 */
	List<ProviderPayment> payments();

	/**
	 * One payment at the provider.
	 *
	 * @param id the provider's id ({@code pi_...})
	 * @param orderId the order it was made for (from its metadata), or {@code null}
	 * @param amount minor units
	 * @param captured whether the money was taken
	 * @param refunded whether it was given back
	 */
	record ProviderPayment(String id, String orderId, long amount, boolean captured, boolean refunded) {
	}

}
