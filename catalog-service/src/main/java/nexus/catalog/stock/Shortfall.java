package nexus.catalog.stock;

import java.util.UUID;

/**
 * A line of an order that stock cannot cover.
 *
 * @param productId the product
 * @param requested units ordered
 * @param available units available (0 for a product that cannot be ordered)
 * @param reason why
 */
public record Shortfall(UUID productId, int requested, int available, Reason reason) {

	/** Why a line falls short. */
	public enum Reason {

		/** Fewer units are available than ordered. */
		INSUFFICIENT_STOCK,

		/** The product does not exist or was deleted. */
		PRODUCT_UNAVAILABLE

	}

}
