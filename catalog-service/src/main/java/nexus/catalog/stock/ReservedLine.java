package nexus.catalog.stock;

import java.util.UUID;

import jakarta.persistence.Embeddable;

/**
 * Units of one product held for an order.
 *
 * @param productId the product
 * @param quantity how many units
 */
@Embeddable
public record ReservedLine(UUID productId, int quantity) {

	public ReservedLine {
		if (productId == null) {
			throw new IllegalArgumentException("productId is required");
		}
		if (quantity < 1) {
			throw new IllegalArgumentException("quantity must be at least 1");
		}
	}

}
