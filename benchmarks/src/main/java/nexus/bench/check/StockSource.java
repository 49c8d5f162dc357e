package nexus.bench.check;

import java.util.Collection;
import java.util.Map;

/**
 * Where a product's stock stands: units available, held for orders, sold. Today those
 * live in catalog-service's database ({@link CatalogDatabaseStock}); when stock moves
 * into an aggregate of its own with an admin endpoint, another implementation reads that,
 * and nothing else changes.
 */
public interface StockSource {

	/**
	 * The stock of some products, read at one moment (one snapshot for all of them).
	 * @param productIds the products
	 * @return product id to its stock; a product the source does not know is absent
	 */
	Map<String, StockLevels> levels(Collection<String> productIds);

	/**
	 * One product's stock.
	 *
	 * @param productId the product
	 * @param available units that can be ordered now
	 * @param reserved units held for orders not yet confirmed
	 * @param sold units of confirmed orders
	 */
	record StockLevels(String productId, long available, long reserved, long sold) {

		/**
		 * What stock was put in, by this reading.
		 * @return available + reserved + sold
		 */
		public long total() {
			return this.available + this.reserved + this.sold;
		}

	}

}
