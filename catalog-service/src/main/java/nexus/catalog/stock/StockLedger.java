package nexus.catalog.stock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import nexus.catalog.product.Product;
import nexus.catalog.product.ProductEvents;
import nexus.catalog.product.ProductRepository;
import nexus.catalog.product.StockChange;
import nexus.events.catalog.StockShortfall;

import org.springframework.stereotype.Component;

/**
 * Moves units between products' available stock and orders, under the products' row
 * locks. Products are always locked in ascending id order, so that two orders for the
 * same products never wait for each other; and every check is made under the lock, so
 * that stock is never oversold however many orders arrive at once.
 */
@Component
class StockLedger {

	private final ProductRepository products;

	private final ProductEvents events;

	StockLedger(ProductRepository products, ProductEvents events) {
		this.products = products;
		this.events = events;
	}

	/**
	 * Order lines with one line per product, quantities added up, in locking order.
	 * @param lines the order's lines
	 * @return the merged lines
	 */
	static List<ReservedLine> merged(Collection<ReservedLine> lines) {
		Map<UUID, Integer> quantities = new TreeMap<>();
		lines.forEach((line) -> quantities.merge(line.productId(), line.quantity(), Integer::sum));
		return quantities.entrySet()
			.stream()
			.map((entry) -> new ReservedLine(entry.getKey(), entry.getValue()))
			.toList();
	}

	/**
	 * Locks the products of some lines, in ascending id order.
	 * @param lines merged lines
	 * @return each line's product, if it exists
	 */
	Map<UUID, Optional<Product>> lock(List<ReservedLine> lines) {
		Map<UUID, Optional<Product>> locked = new LinkedHashMap<>();
		lines.stream()
			.map(ReservedLine::productId)
			.sorted()
			.forEach((productId) -> locked.put(productId, this.products.lock(productId)));
		return locked;
	}

	/**
	 * The lines that locked stock cannot cover.
	 * @param lines merged lines
	 * @param locked their products, locked
	 * @return the shortfalls, empty if every line is covered
	 */
	static List<StockShortfall> shortfalls(List<ReservedLine> lines, Map<UUID, Optional<Product>> locked) {
		List<StockShortfall> shortfalls = new ArrayList<>();
		for (ReservedLine line : lines) {
			Optional<Product> product = locked.get(line.productId()).filter(Product::isAvailable);
			if (product.isEmpty()) {
				shortfalls.add(new StockShortfall(line.productId(), line.quantity(), 0,
						StockShortfall.Reason.PRODUCT_UNAVAILABLE));
			}
			else if (!product.get().canSupply(line.quantity())) {
				shortfalls.add(new StockShortfall(line.productId(), line.quantity(), product.get().amountInStock(),
						StockShortfall.Reason.INSUFFICIENT_STOCK));
			}
		}
		return shortfalls;
	}

	/**
	 * Takes every line out of locked stock; the caller checked there are no shortfalls.
	 * @param lines merged lines
	 * @param locked their products, locked
	 * @param now when
	 * @return the products that changed
	 */
	List<Product> take(List<ReservedLine> lines, Map<UUID, Optional<Product>> locked, Instant now) {
		List<Product> changed = new ArrayList<>();
		Map<Product, StockChange> moves = new LinkedHashMap<>();
		for (ReservedLine line : lines) {
			Product product = locked.get(line.productId()).orElseThrow();
			moves.put(product, product.reserve(line.quantity(), now));
			changed.add(product);
		}
		this.products.flush();
		moves.forEach((product, change) -> this.events.stockMoved(product, change, now));
		return changed;
	}

	/**
	 * Gives lines back to stock, locking their products.
	 * @param lines the lines, merged
	 * @param now when
	 */
	void giveBack(List<ReservedLine> lines, Instant now) {
		Map<UUID, Optional<Product>> locked = lock(lines);
		Map<Product, StockChange> moves = new LinkedHashMap<>();
		for (ReservedLine line : lines) {
			// A product's row is never removed, so held stock always has somewhere to go.
			Product product = locked.get(line.productId())
				.orElseThrow(() -> new IllegalStateException("Product " + line.productId() + " is gone"));
			moves.put(product, product.restock(line.quantity(), now));
		}
		this.products.flush();
		moves.forEach((product, change) -> this.events.stockMoved(product, change, now));
	}

}
