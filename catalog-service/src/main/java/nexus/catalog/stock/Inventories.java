package nexus.catalog.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nexus.catalog.product.AvailableStock;
import nexus.catalog.product.ProductAdded;
import nexus.catalog.product.ProductProperties;
import nexus.catalog.product.ProductRepository;
import nexus.platform.domain.NotFound;
import nexus.platform.paging.Listing;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to stock: restock and write off, each a line of the product's
 * stock ledger; and the inventory every new product gets, holding the stock it was
 * created with.
 */
@Service
@Transactional
public class Inventories implements AvailableStock {

	/** The reason of the ledger line that holds a product's initial stock. */
	static final String INITIAL_STOCK = "Initial stock";

	private final InventoryRepository inventories;

	private final StockAdjustmentRepository ledger;

	private final ProductRepository products;

	private final ProductProperties productProperties;

	private final Clock clock;

	Inventories(InventoryRepository inventories, StockAdjustmentRepository ledger, ProductRepository products,
			ProductProperties productProperties, Clock clock) {
		this.inventories = inventories;
		this.ledger = ledger;
		this.products = products;
		this.productProperties = productProperties;
		this.clock = clock;
	}

	/**
	 * A new product gets its inventory, in the transaction that creates it; its initial
	 * stock is the first line of its ledger.
	 * @param added the new product
	 */
	@EventListener
	void open(ProductAdded added) {
		Inventory inventory = Inventory.open(added.productId(), added.at());
		if (added.initialStock() > 0) {
			this.ledger.save(inventory.adjust(added.initialStock(), INITIAL_STOCK, added.addedBy(), added.at(),
					this.productProperties.lowStockThreshold()));
		}
		// No fall to low stock: an empty inventory never was above the threshold.
		this.inventories.save(inventory);
	}

	/**
	 * Restocks ({@code delta > 0}) or writes off ({@code delta < 0}) a product's
	 * available stock.
	 * @param productId the product, not deleted
	 * @param delta units, not zero
	 * @param reason why
	 * @param actorId who
	 * @return the stock after it
	 */
	public StockLevel adjust(UUID productId, int delta, String reason, @Nullable UUID actorId) {
		requireLive(productId);
		Inventory inventory = this.inventories.lock(productId).orElseThrow(() -> new NotFound("Product", productId));
		StockAdjustment adjustment = inventory.adjust(delta, reason, actorId, now(),
				this.productProperties.lowStockThreshold());
		this.inventories.save(inventory);
		this.ledger.save(adjustment);
		return new StockLevel(productId, inventory.available(), inventory.reserved(), adjustment.view());
	}

	/**
	 * A product's stock ledger: every adjustment, newest first unless asked otherwise.
	 * @param productId the product, not deleted
	 * @param pageable which page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Listing<StockAdjustmentView> ledger(UUID productId, Pageable pageable) {
		requireLive(productId);
		return Listing.of(this.ledger.findByProductId(productId, pageable).map(StockAdjustment::view));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Integer> of(Collection<UUID> productIds) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		return this.inventories.findByProductIdIn(productIds)
			.stream()
			.collect(Collectors.toMap(Inventory::productId, Inventory::available));
	}

	private void requireLive(UUID productId) {
		if (this.products.liveAmong(List.of(productId)).isEmpty()) {
			throw new NotFound("Product", productId);
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
