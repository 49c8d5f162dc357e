package nexus.catalog.product;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Units of products available to order now, as their inventories hold them: what product
 * reads show as {@code amountInStock}. Stock is not the product's (it is the inventory's,
 * another aggregate), so a product read joins it in when it answers, and a cached product
 * never shows stale stock.
 */
public interface AvailableStock {

	/**
	 * The available units of some products.
	 * @param productIds the products
	 * @return each product's available units; a product without inventory is left out
	 */
	Map<UUID, Integer> of(Collection<UUID> productIds);

}
