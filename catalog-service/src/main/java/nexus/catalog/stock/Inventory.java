package nexus.catalog.stock;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nexus.platform.domain.InvalidValue;
import nexus.platform.domain.StateConflict;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The stock of one product, an aggregate of its own: units available to order, units
 * reserved for orders not confirmed yet, and units sold. It changes only by moving units
 * between those counts (a reservation, its release, a sale, a refund) or by an
 * administrator's adjustment, a delta with a reason: a restock ({@code +N}) or a
 * write-off ({@code -N}). So, for every product, at every moment:
 *
 * <pre>
 * sum of all adjustments (the initial stock is the first) = available + reserved + sold
 * </pre>
 *
 * The product itself (its name, price, version and ETag) is another aggregate: nothing
 * here changes it. When available stock falls from above the low-stock threshold to it or
 * below, the inventory registers {@link StockFellLow}, once per fall.
 */
@Entity
@Table(name = "inventory")
public class Inventory extends AbstractAggregateRoot<Inventory> {

	/**
	 * Most units one adjustment may move, and most units a product may have available.
	 */
	public static final int MAX_UNITS = 1_000_000;

	@Id
	private UUID productId;

	private int available;

	private int reserved;

	private int sold;

	private Instant updatedAt;

	@Version
	private long version;

	protected Inventory() {
	}

	private Inventory(UUID productId, Instant now) {
		this.productId = productId;
		this.updatedAt = now;
	}

	/**
	 * The inventory of a new product, empty; its initial stock is its first adjustment.
	 * @param productId the product
	 * @param now when
	 * @return the inventory
	 */
	public static Inventory open(UUID productId, Instant now) {
		return new Inventory(productId, now);
	}

	/**
	 * Restocks ({@code delta > 0}) or writes off ({@code delta < 0}) units of available
	 * stock. A write-off of more than is available is refused: reserved units belong to
	 * orders and sold units to customers.
	 * @param delta units to add or take, not zero
	 * @param reason why, 1 to 200 characters
	 * @param actorId who, or {@code null} for the service itself
	 * @param now when
	 * @param lowStockThreshold the low-stock threshold
	 * @return the ledger line of the adjustment
	 */
	public StockAdjustment adjust(int delta, String reason, @Nullable UUID actorId, Instant now,
			int lowStockThreshold) {
		if (delta == 0) {
			throw new InvalidValue("delta", "must not be zero");
		}
		if (Math.abs(delta) > MAX_UNITS) {
			throw new InvalidValue("delta", "must be between -" + MAX_UNITS + " and " + MAX_UNITS);
		}
		if (reason == null || reason.isBlank() || reason.strip().length() > StockAdjustment.REASON_MAX) {
			throw new InvalidValue("reason", "must have 1 to " + StockAdjustment.REASON_MAX + " characters");
		}
		if (delta < 0 && -delta > this.available) {
			throw new StateConflict("write-off-exceeds-available", "Write-off exceeds available stock",
					"Product " + this.productId + " has " + this.available + " units available; " + -delta
							+ " cannot be written off (reserved and sold units are not available)");
		}
		if (delta > 0 && this.available + (long) delta > MAX_UNITS) {
			throw new StateConflict("stock-limit", "Too much stock", "Product " + this.productId + " may have at most "
					+ MAX_UNITS + " units available; it has " + this.available);
		}
		moveAvailable(delta, now, lowStockThreshold);
		return StockAdjustment.of(this.productId, delta, reason.strip(), actorId, this.available, now);
	}

	/**
	 * Whether an order could take this many units now.
	 * @param quantity units wanted
	 * @return whether they are available
	 */
	public boolean canSupply(int quantity) {
		return quantity <= this.available;
	}

	/**
	 * Holds units for an order: available to reserved.
	 * @param quantity units, at least one
	 * @param now when
	 * @param lowStockThreshold the low-stock threshold
	 * @throws IllegalStateException if they are not available: the caller checks first
	 */
	void reserve(int quantity, Instant now, int lowStockThreshold) {
		requireAvailable(quantity);
		moveAvailable(-quantity, now, lowStockThreshold);
		this.reserved += quantity;
	}

	/**
	 * Gives held units back, for a cancelled or expired reservation: reserved to
	 * available.
	 * @param quantity units, at least one
	 * @param now when
	 */
	void release(int quantity, Instant now) {
		requirePositive(quantity);
		if (quantity > this.reserved) {
			throw new IllegalStateException(
					"Product " + this.productId + " has " + this.reserved + " units reserved, not " + quantity);
		}
		this.reserved -= quantity;
		this.available += quantity;
		this.updatedAt = now;
	}

	/**
	 * Sells held units, for a confirmed order: reserved to sold.
	 * @param quantity units, at least one
	 * @param now when
	 */
	void sell(int quantity, Instant now) {
		requirePositive(quantity);
		if (quantity > this.reserved) {
			throw new IllegalStateException(
					"Product " + this.productId + " has " + this.reserved + " units reserved, not " + quantity);
		}
		this.reserved -= quantity;
		this.sold += quantity;
		this.updatedAt = now;
	}

	/**
	 * Sells units straight from available stock, for an order confirmed without a live
	 * reservation: available to sold.
	 * @param quantity units, at least one
	 * @param now when
	 * @param lowStockThreshold the low-stock threshold
	 */
	void sellFromAvailable(int quantity, Instant now, int lowStockThreshold) {
		requireAvailable(quantity);
		moveAvailable(-quantity, now, lowStockThreshold);
		this.sold += quantity;
	}

	/**
	 * Takes sold units back, for a confirmed order cancelled before it shipped: sold to
	 * available.
	 * @param quantity units, at least one
	 * @param now when
	 */
	void refund(int quantity, Instant now) {
		requirePositive(quantity);
		if (quantity > this.sold) {
			throw new IllegalStateException(
					"Product " + this.productId + " has " + this.sold + " units sold, not " + quantity);
		}
		this.sold -= quantity;
		this.available += quantity;
		this.updatedAt = now;
	}

	private void moveAvailable(int delta, Instant now, int lowStockThreshold) {
		int before = this.available;
		this.available += delta;
		this.updatedAt = now;
		if (before > lowStockThreshold && this.available <= lowStockThreshold) {
			registerEvent(new StockFellLow(this.productId, this.available, lowStockThreshold, now));
		}
	}

	private void requireAvailable(int quantity) {
		requirePositive(quantity);
		if (!canSupply(quantity)) {
			throw new IllegalStateException("Product " + this.productId + " cannot supply " + quantity + " units ("
					+ this.available + " available)");
		}
	}

	private static void requirePositive(int quantity) {
		if (quantity < 1) {
			throw new IllegalArgumentException("quantity must be at least 1");
		}
	}

	public UUID productId() {
		return this.productId;
	}

	public int available() {
		return this.available;
	}

	public int reserved() {
		return this.reserved;
	}

	public int sold() {
		return this.sold;
	}

	/**
	 * Every unit the product has: available, reserved and sold; always the sum of its
	 * adjustments.
	 * @return the units
	 */
	public int total() {
		return this.available + this.reserved + this.sold;
	}

	public long version() {
		return this.version;
	}

}
