package nexus.events.catalog;

import java.util.UUID;

/**
 * The outcome of a stock reservation for an order; on {@link nexus.events.Topics#STOCK},
 * keyed by order id.
 */
public sealed interface StockEvent extends CatalogEvent permits StockReserved, StockRejected, StockReleased {

	/**
	 * The order the stock was reserved for.
	 * @return the order id
	 */
	UUID orderId();

	@Override
	default String subject() {
		return orderId().toString();
	}

}
