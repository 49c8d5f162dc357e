package nexus.catalog.stock;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One line of a product's stock ledger: an administrator's restock or write-off (or the
 * initial stock the product was created with), with its reason, who made it, and the
 * units available after it. Lines are only ever added.
 */
@Entity
@Table(name = "stock_adjustment")
public class StockAdjustment {

	/** Longest reason. */
	public static final int REASON_MAX = 200;

	@Id
	private UUID id;

	private UUID productId;

	private int delta;

	private String reason;

	private @Nullable UUID actorId;

	private int availableAfter;

	private Instant createdAt;

	protected StockAdjustment() {
	}

	static StockAdjustment of(UUID productId, int delta, String reason, @Nullable UUID actorId, int availableAfter,
			Instant now) {
		StockAdjustment adjustment = new StockAdjustment();
		adjustment.id = UUID.randomUUID();
		adjustment.productId = productId;
		adjustment.delta = delta;
		adjustment.reason = reason;
		adjustment.actorId = actorId;
		adjustment.availableAfter = availableAfter;
		adjustment.createdAt = now;
		return adjustment;
	}

	StockAdjustmentView view() {
		return new StockAdjustmentView(this.id, this.productId, this.delta, this.reason, this.actorId,
				this.availableAfter, this.createdAt);
	}

	public int delta() {
		return this.delta;
	}

}
