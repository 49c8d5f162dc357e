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
 * An administrator added a product to the catalogue.
 *
 * @param productId the product id
 * @param name the product name
 * @param price unit price, two decimals
 * @param currency ISO 4217 code
 * @param categoryId its category
 * @param subCategoryId its sub-category, if any
 * @param available whether it may be ordered (listed, not deleted)
 * @param createdAt when it was created
 */
@EventContract(type = "nexus.catalog.ProductCreated", version = 1, topic = Topics.PRODUCTS)
public record ProductCreated(UUID productId, String name, BigDecimal price, String currency, UUID categoryId,
		@Nullable UUID subCategoryId, boolean available, Instant createdAt) implements ProductEvent {

	public ProductCreated {
		required(productId, "productId");
		required(name, "name");
		price = EventChecks.money(price, "price");
		EventChecks.currency(currency);
		required(categoryId, "categoryId");
		required(createdAt, "createdAt");
	}

}
