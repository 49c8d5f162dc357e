package nexus.catalog.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nexus.platform.domain.InvalidValue;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A product of the catalogue: what administrators set, its images and its rating. Its
 * stock is not here but in its inventory (another aggregate), so a reservation or a sale
 * never changes the product, its version or its ETag, and an edit of the product never
 * changes stock. Every change bumps its version, so the version (the ETag) tells whether
 * a client's copy is current; each change registers an event ({@link ProductAdded},
 * {@link ProductChanged}, {@link ProductWithdrawn}), published when the product is saved.
 * A deleted product keeps its row, since orders refer to it, but can no longer be seen,
 * changed or ordered.
 */
@Entity
@Table(name = "product")
public class Product extends AbstractAggregateRoot<Product> {

	@Id
	private UUID id;

	private String name;

	private String description;

	private BigDecimal price;

	private String currency;

	private UUID categoryId;

	private UUID subCategoryId;

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
	 * @param initialStock units it starts with, which its inventory takes over
	 * @param addedBy who creates it, if known
	 * @param now when
	 * @return the product
	 */
	public static Product create(ProductDetails details, int initialStock, @Nullable UUID addedBy, Instant now) {
		if (initialStock < 0) {
			throw new InvalidValue("amountInStock", "must not be negative");
		}
		Product product = new Product(UUID.randomUUID(), now);
		product.apply(details, now);
		product.registerEvent(new ProductAdded(product.snapshot(), initialStock, addedBy, now));
		return product;
	}

	/**
	 * Replaces what the administrator sets.
	 * @param details the new details
	 * @param now when
	 */
	public void revise(ProductDetails details, Instant now) {
		ensureLive();
		apply(details, now);
		changed(now);
	}

	/**
	 * What the administrator set, for a partial update to start from.
	 * @return the current details
	 */
	public ProductDetails details() {
		return new ProductDetails(this.name, this.description, this.price, this.currency, this.categoryId,
				this.subCategoryId);
	}

	/**
	 * Takes the product out of the catalogue for good.
	 * @param now when
	 */
	public void delete(Instant now) {
		ensureLive();
		this.deletedAt = now;
		this.updatedAt = now;
		registerEvent(new ProductWithdrawn(snapshot(), now));
	}

	/**
	 * Whether it may be ordered: listed and not deleted.
	 * @return whether it is available
	 */
	public boolean isAvailable() {
		return this.deletedAt == null;
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
		changed(now);
	}

	/**
	 * Records that something shown with the product, such as its images, changed.
	 * @param now when
	 */
	public void touch(Instant now) {
		ensureLive();
		this.updatedAt = now;
		// Hibernate bumps the version only for a dirty entity; updatedAt makes it so.
		changed(now);
	}

	private void changed(Instant now) {
		// Every change makes the entity dirty (updatedAt), and Hibernate adds one to the
		// version when it flushes it: one change per transaction, so this is the version
		// the change gives the product, which its event must carry.
		registerEvent(new ProductChanged(snapshot(), this.version + 1, now));
	}

	private ProductSnapshot snapshot() {
		return new ProductSnapshot(this.id, this.name, this.price, this.currency, this.categoryId, this.subCategoryId,
				isAvailable());
	}

	private void apply(ProductDetails details, Instant now) {
		this.name = details.name();
		this.description = details.description();
		this.price = details.price();
		this.currency = details.currency();
		this.categoryId = details.categoryId();
		this.subCategoryId = details.subCategoryId();
		this.updatedAt = now;
	}

	private void ensureLive() {
		if (!isAvailable()) {
			throw new IllegalStateException("Product " + this.id + " is deleted");
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
