package nexus.events.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import nexus.events.EventChecks;
import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * An administrator removed a product from the catalogue. Its id stays valid in order
 * history; it can no longer be ordered ({@code available} is false).
 *
 * @param productId the product id
 * @param name its last name
 * @param price its last unit price
 * @param currency ISO 4217 code
 * @param available always {@code false}
 * @param deletedAt when it was removed
 */
@EventContract(type = "nexus.catalog.ProductDeleted", version = 1, topic = Topics.PRODUCTS)
public record ProductDeleted(UUID productId, String name, BigDecimal price, String currency, boolean available,
		Instant deletedAt) implements ProductEvent {

	public ProductDeleted {
		required(productId, "productId");
		required(name, "name");
		price = EventChecks.money(price, "price");
		EventChecks.currency(currency);
		required(deletedAt, "deletedAt");
	}

}
