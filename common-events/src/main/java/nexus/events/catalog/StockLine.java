package nexus.events.catalog;

import java.util.UUID;

import nexus.events.EventChecks;

import static nexus.events.EventChecks.required;

/**
 * A quantity of one product.
 *
 * @param productId the product
 * @param quantity how many units, at least one
 */
public record StockLine(UUID productId, int quantity) {

	public StockLine {
		required(productId, "productId");
		EventChecks.positive(quantity, "quantity");
	}

}
