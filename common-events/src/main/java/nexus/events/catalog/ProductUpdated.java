package nexus.events.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import nexus.events.EventChecks;
import nexus.events.EventContract;
import nexus.events.Topics;
import org.jspecify.annotations.Nullable;

import static nexus.events.EventChecks.required;

/**
 * A product changed; carries its whole new state. {@code version} grows with every
 * change, so a consumer can ignore a copy older than the one it holds.
 *
 * @param productId the product id
 * @param name the product name
 * @param price unit price, two decimals
 * @param currency ISO 4217 code
 * @param categoryId its category
 * @param subCategoryId its sub-category, if any
 * @param available whether it may be ordered (listed, not deleted)
 * @param version the product's version after the change
 * @param updatedAt when it changed
 */
@EventContract(type = "nexus.catalog.ProductUpdated", version = 1, topic = Topics.PRODUCTS)
public record ProductUpdated(UUID productId, String name, BigDecimal price, String currency, UUID categoryId,
		@Nullable UUID subCategoryId, boolean available, long version, Instant updatedAt) implements ProductEvent {

	public ProductUpdated {
		required(productId, "productId");
		required(name, "name");
		price = EventChecks.money(price, "price");
		EventChecks.currency(currency);
		required(categoryId, "categoryId");
		required(updatedAt, "updatedAt");
	}

}
