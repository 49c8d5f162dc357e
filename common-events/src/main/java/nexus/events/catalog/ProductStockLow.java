package nexus.events.catalog;

import java.time.Instant;
import java.util.UUID;

import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * A product's available stock fell to or below the low-stock threshold.
 *
 * @param productId the product id
 * @param name the product name
 * @param amountInStock units still available
 * @param threshold the threshold it reached
 * @param detectedAt when it fell to it
 */
@EventContract(type = "nexus.catalog.ProductStockLow", version = 1, topic = Topics.PRODUCTS)
public record ProductStockLow(UUID productId, String name, int amountInStock, int threshold,
		Instant detectedAt) implements ProductEvent {

	public ProductStockLow {
		required(productId, "productId");
		required(name, "name");
		if (amountInStock < 0 || threshold < 0) {
			throw new IllegalArgumentException("amountInStock and threshold must not be negative");
		}
		required(detectedAt, "detectedAt");
	}

}
