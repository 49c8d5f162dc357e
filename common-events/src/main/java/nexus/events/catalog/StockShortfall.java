package nexus.events.catalog;

import java.util.UUID;

import nexus.events.EventChecks;

import static nexus.events.EventChecks.required;

/**
 * A line of an order that stock could not cover.
 *
 * @param productId the product
 * @param requested how many units the order asked for
 * @param available how many units were available at the time
 * @param reason why the line fell short
 */
public record StockShortfall(UUID productId, int requested, int available, Reason reason) {

	public StockShortfall {
		required(productId, "productId");
		EventChecks.positive(requested, "requested");
		if (available < 0) {
			throw new IllegalArgumentException("available must not be negative");
		}
		required(reason, "reason");
	}

	/** Why a line fell short. */
	public enum Reason {

		/** The product exists but has fewer units than requested. */
		INSUFFICIENT_STOCK,

		/** The product is unknown or no longer sold. */
		PRODUCT_UNAVAILABLE

	}

}
