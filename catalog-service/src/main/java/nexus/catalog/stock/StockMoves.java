package nexus.catalog.stock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import nexus.catalog.product.ProductProperties;
import nexus.catalog.product.ProductRepository;

import org.springframework.stereotype.Component;

/**
 * Moves units of products' inventories for orders, under the inventories' row locks.
 * Inventories are always locked in ascending product id order, so that two orders for the
 * same products never wait for each other; and every check is made under the lock, so
 * that stock is never oversold however many orders arrive at once. Each inventory that
 * changed is saved, which publishes what it registered (a fall to low stock).
 */
@Component
class StockMoves {

	private final InventoryRepository inventories;

	private final ProductRepository products;

	private final ProductProperties productProperties;

	StockMoves(InventoryRepository inventories, ProductRepository products, ProductProperties productProperties) {
		this.inventories = inventories;
		this.products = products;
		this.productProperties = productProperties;
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
	 * Locks the inventories of some lines, in ascending product id order.
	 * @param lines merged lines
	 * @return each line's inventory, if its product exists
	 */
	Map<UUID, Optional<Inventory>> lock(List<ReservedLine> lines) {
		Map<UUID, Optional<Inventory>> locked = new LinkedHashMap<>();
		lines.stream()
			.map(ReservedLine::productId)
			.sorted()
			.forEach((productId) -> locked.put(productId, this.inventories.lock(productId)));
		return locked;
	}

	/**
	 * The lines that locked stock cannot cover: a product that does not exist or was
	 * deleted, or fewer units available than ordered.
	 * @param lines merged lines
	 * @param locked their inventories, locked
	 * @return the shortfalls, empty if every line is covered
	 */
	List<Shortfall> shortfalls(List<ReservedLine> lines, Map<UUID, Optional<Inventory>> locked) {
		Set<UUID> live = this.products.liveAmong(lines.stream().map(ReservedLine::productId).toList());
		List<Shortfall> shortfalls = new ArrayList<>();
		for (ReservedLine line : lines) {
			Optional<Inventory> inventory = locked.get(line.productId());
			if (inventory.isEmpty() || !live.contains(line.productId())) {
				shortfalls
					.add(new Shortfall(line.productId(), line.quantity(), 0, Shortfall.Reason.PRODUCT_UNAVAILABLE));
			}
			else if (!inventory.get().canSupply(line.quantity())) {
				shortfalls.add(new Shortfall(line.productId(), line.quantity(), inventory.get().available(),
						Shortfall.Reason.INSUFFICIENT_STOCK));
			}
		}
		return shortfalls;
	}

	/**
	 * Holds every line; the caller checked there are no shortfalls.
	 * @param lines merged lines
	 * @param locked their inventories, locked
	 * @param now when
	 */
	void reserve(List<ReservedLine> lines, Map<UUID, Optional<Inventory>> locked, Instant now) {
		each(lines, locked, (inventory, quantity) -> inventory.reserve(quantity, now, threshold()));
	}

	/**
	 * Sells every line from available stock; the caller checked there are no shortfalls.
	 * @param lines merged lines
	 * @param locked their inventories, locked
	 * @param now when
	 */
	void sellFromAvailable(List<ReservedLine> lines, Map<UUID, Optional<Inventory>> locked, Instant now) {
		each(lines, locked, (inventory, quantity) -> inventory.sellFromAvailable(quantity, now, threshold()));
	}

	/**
	 * Sells the held units of a confirmed reservation.
	 * @param lines its lines
	 * @param now when
	 */
	void sell(List<ReservedLine> lines, Instant now) {
		each(lines, lock(lines), (inventory, quantity) -> inventory.sell(quantity, now));
	}

	/**
	 * Gives the held units of a cancelled or expired reservation back.
	 * @param lines its lines
	 * @param now when
	 */
	void release(List<ReservedLine> lines, Instant now) {
		each(lines, lock(lines), (inventory, quantity) -> inventory.release(quantity, now));
	}

	/**
	 * Takes back the sold units of a confirmed order cancelled before it shipped.
	 * @param lines its lines
	 * @param now when
	 */
	void refund(List<ReservedLine> lines, Instant now) {
		each(lines, lock(lines), (inventory, quantity) -> inventory.refund(quantity, now));
	}

	private void each(List<ReservedLine> lines, Map<UUID, Optional<Inventory>> locked, Move move) {
		for (ReservedLine line : lines) {
			// An inventory is never removed, so held stock always has somewhere to go.
			Inventory inventory = locked.get(line.productId())
				.orElseThrow(() -> new IllegalStateException("Product " + line.productId() + " has no inventory"));
			move.apply(inventory, line.quantity());
			this.inventories.save(inventory);
		}
	}

	private int threshold() {
		return this.productProperties.lowStockThreshold();
	}

	@FunctionalInterface
	private interface Move {

		void apply(Inventory inventory, int quantity);

	}

}
