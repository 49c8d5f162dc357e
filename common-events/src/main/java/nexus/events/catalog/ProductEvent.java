package nexus.events.catalog;

import java.util.UUID;

/**
 * A product changed; on {@link nexus.events.Topics#PRODUCTS}, keyed by product id. Each
 * carries what other services copy: name, price, currency and availability.
 */
public sealed interface ProductEvent extends CatalogEvent
		permits ProductCreated, ProductUpdated, ProductDeleted, ProductStockLow {

	/**
	 * The product this event is about.
	 * @return the product id
	 */
	UUID productId();

	@Override
	default String subject() {
		return productId().toString();
	}

}
