package nexus.catalog.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A product of the catalogue and its available stock. Every change, stock included, bumps
 * its version, so the version (the ETag) tells whether a client's copy is current. A
 * deleted product keeps its row, since orders refer to it, but can no longer be seen,
 * changed or ordered.
 */
@Entity
@Table(name = "product")
public class Product {

	@Id
	private UUID id;

	private String name;

	private String description;

	private BigDecimal price;

	private String currency;

	private UUID categoryId;

	private UUID subCategoryId;

	private int amountInStock;

	private long ratingTotal;

	private int ratingCount;

	private BigDecimal ratingAverage;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant deletedAt;

	@Version
	private long version;

	protected Product() {
	}

	private Product(UUID id, Instant now) {
		this.id = id;
		this.createdAt = now;
		this.ratingAverage = BigDecimal.ZERO.setScale(2);
	}

	/**
	 * A new product.
	 * @param details what the administrator set
	 * @param now when
	 * @return the product
	 */
	public static Product create(ProductDetails details, Instant now) {
		Product product = new Product(UUID.randomUUID(), now);
		product.apply(details, now);
		return product;
	}

	/**
	 * Replaces what the administrator sets, stock included.
	 * @param details the new details
	 * @param now when
	 * @return how available stock moved
	 */
	public StockChange revise(ProductDetails details, Instant now) {
		ensureLive();
		int before = this.amountInStock;
		apply(details, now);
		return new StockChange(before, this.amountInStock);
	}

	/**
	 * What the administrator set, for a partial update to start from.
	 * @return the current details
	 */
	public ProductDetails details() {
		return new ProductDetails(this.name, this.description, this.price, this.currency, this.categoryId,
				this.subCategoryId, this.amountInStock);
	}

	/**
	 * Takes the product out of the catalogue for good.
	 * @param now when
	 */
	public void delete(Instant now) {
		ensureLive();
		this.deletedAt = now;
		this.updatedAt = now;
	}

	/**
	 * Whether it may be ordered: listed and not deleted.
	 * @return whether it is available
	 */
	public boolean isAvailable() {
		return this.deletedAt == null;
	}

	/**
	 * Whether an order could take this many units now.
	 * @param quantity units wanted
	 * @return whether they are available
	 */
	public boolean canSupply(int quantity) {
		return isAvailable() && quantity <= this.amountInStock;
	}

	/**
	 * Takes units out of available stock for an order.
	 * @param quantity units, at least one
	 * @param now when
	 * @return how available stock moved
	 * @throws IllegalStateException if they are not available: the caller checks first
	 */
	public StockChange reserve(int quantity, Instant now) {
		requirePositive(quantity);
		if (!canSupply(quantity)) {
			throw new IllegalStateException(
					"Product " + this.id + " cannot supply " + quantity + " units (" + this.amountInStock + " left)");
		}
		return moveStock(-quantity, now);
	}

	/**
	 * Gives units back to available stock, such as a released reservation's. A deleted
	 * product takes them back too, so that its counts stay whole.
	 * @param quantity units, at least one
	 * @param now when
	 * @return how available stock moved
	 */
	public StockChange restock(int quantity, Instant now) {
		requirePositive(quantity);
		return moveStock(quantity, now);
	}

	/**
	 * Counts a review's stars in the rating.
	 * @param stars 1 to 5
	 * @param now when
	 */
	public void rate(int stars, Instant now) {
		ensureLive();
		if (stars < 1 || stars > 5) {
			throw new IllegalArgumentException("stars must be 1 to 5");
		}
		this.ratingTotal += stars;
		this.ratingCount++;
		this.ratingAverage = BigDecimal.valueOf(this.ratingTotal)
			.divide(BigDecimal.valueOf(this.ratingCount), 2, RoundingMode.HALF_UP);
		this.updatedAt = now;
	}

	/**
	 * Records that something shown with the product, such as its images, changed.
	 * @param now when
	 */
	public void touch(Instant now) {
		ensureLive();
		this.updatedAt = now;
		// Hibernate bumps the version only for a dirty entity; updatedAt makes it so.
	}

	private StockChange moveStock(int delta, Instant now) {
		int before = this.amountInStock;
		this.amountInStock += delta;
		this.updatedAt = now;
		return new StockChange(before, this.amountInStock);
	}

	private void apply(ProductDetails details, Instant now) {
		this.name = details.name();
		this.description = details.description();
		this.price = details.price();
		this.currency = details.currency();
		this.categoryId = details.categoryId();
		this.subCategoryId = details.subCategoryId();
		this.amountInStock = details.amountInStock();
		this.updatedAt = now;
	}

	private void ensureLive() {
		if (!isAvailable()) {
			throw new IllegalStateException("Product " + this.id + " is deleted");
		}
	}

	private static void requirePositive(int quantity) {
		if (quantity < 1) {
			throw new IllegalArgumentException("quantity must be at least 1");
		}
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public BigDecimal price() {
		return this.price;
	}

	public String currency() {
		return this.currency;
	}

	public UUID categoryId() {
		return this.categoryId;
	}

	public UUID subCategoryId() {
		return this.subCategoryId;
	}

	public int amountInStock() {
		return this.amountInStock;
	}

	public int ratingCount() {
		return this.ratingCount;
	}

	public BigDecimal ratingAverage() {
		return this.ratingAverage;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public Instant deletedAt() {
		return this.deletedAt;
	}

	public long version() {
		return this.version;
	}

}
