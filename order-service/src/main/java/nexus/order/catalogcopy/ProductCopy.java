package nexus.order.catalogcopy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What order-service knows of a catalog product: enough to price and refuse order lines.
 * Fed only by catalog-service's events.
 */
@Entity
@Table(name = "product_copy")
class ProductCopy {

	@Id
	private UUID id;

	private String name;

	private BigDecimal price;

	private String currency;

	private boolean available;

	private boolean deleted;

	@Column(name = "product_version")
	private long productVersion;

	private Instant updatedAt;

	protected ProductCopy() {
	}

	ProductCopy(UUID id, String name, BigDecimal price, String currency, boolean available, long productVersion,
			Instant now) {
		this.id = id;
		this.name = name;
		this.price = price;
		this.currency = currency;
		this.available = available;
		this.productVersion = productVersion;
		this.updatedAt = now;
	}

	/**
	 * Takes a newer state of the product. An update older than the copy (by the catalog's
	 * version), or any update after a deletion, is ignored.
	 * @return whether the copy changed
	 */
	boolean update(String name, BigDecimal price, String currency, boolean available, long version, Instant now) {
		if (this.deleted || version < this.productVersion) {
			return false;
		}
		this.name = name;
		this.price = price;
		this.currency = currency;
		this.available = available;
		this.productVersion = version;
		this.updatedAt = now;
		return true;
	}

	/**
	 * The product left the catalogue: it stays known (for history) but cannot be ordered.
	 */
	void delete(String name, BigDecimal price, Instant now) {
		this.name = name;
		this.price = price;
		this.available = false;
		this.deleted = true;
		this.updatedAt = now;
	}

	ProductSnapshot snapshot() {
		return new ProductSnapshot(this.id, this.name, this.price, this.currency, this.available && !this.deleted);
	}

}
