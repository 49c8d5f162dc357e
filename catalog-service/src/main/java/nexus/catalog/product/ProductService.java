package nexus.catalog.product;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import nexus.platform.domain.NotFound;
import nexus.platform.domain.StateConflict;
import nexus.platform.domain.RuleViolation;
import nexus.catalog.category.CategoryDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to products. Each change locks the product row, so it applies on
 * top of concurrent stock reservations rather than over them; a client that sends the
 * version it read gets a conflict instead of overwriting a newer state.
 */
@Service
@Transactional
public class ProductService {

	private final ProductRepository products;

	private final ProductQueries queries;

	private final CategoryDirectory categories;

	private final ProductEvents events;

	private final Clock clock;

	ProductService(ProductRepository products, ProductQueries queries, CategoryDirectory categories,
			ProductEvents events, Clock clock) {
		this.products = products;
		this.queries = queries;
		this.categories = categories;
		this.events = events;
		this.clock = clock;
	}

	public ProductView create(ProductDetails details) {
		checkCategories(details);
		Product product = this.products.save(Product.create(details, now()));
		this.products.flush();
		this.events.created(product);
		return view(product.id());
	}

	public ProductView replace(UUID id, ProductDetails details, Long expectedVersion) {
		Product product = lockForChange(id, expectedVersion);
		checkCategories(details);
		return revise(product, details);
	}

	public ProductView patch(UUID id, ProductPatch patch, Long expectedVersion) {
		Product product = lockForChange(id, expectedVersion);
		ProductDetails details;
		try {
			details = patch.applyTo(product.details());
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("invalid-product", "Invalid product", "product", ex.getMessage());
		}
		checkCategories(details);
		return revise(product, details);
	}

	public void delete(UUID id) {
		Product product = lockForChange(id, null);
		product.delete(now());
		this.products.flush();
		this.events.deleted(product);
	}

	private ProductView revise(Product product, ProductDetails details) {
		Instant now = now();
		StockChange stock = product.revise(details, now);
		this.products.flush();
		this.events.updated(product);
		this.events.stockMoved(product, stock, now);
		return view(product.id());
	}

	private Product lockForChange(UUID id, Long expectedVersion) {
		Product product = this.products.lock(id)
			.filter(Product::isAvailable)
			.orElseThrow(() -> new NotFound("Product", id));
		if (expectedVersion != null && expectedVersion != product.version()) {
			throw new StateConflict("stale-version", "Stale version", "Product " + id + " is at version "
					+ product.version() + ", not " + expectedVersion + "; read it again and retry");
		}
		return product;
	}

	private void checkCategories(ProductDetails details) {
		if (!this.categories.exists(details.categoryId())) {
			throw new RuleViolation("unknown-category", "Unknown category", "categoryId",
					"Category " + details.categoryId() + " does not exist");
		}
		if (details.subCategoryId() != null
				&& !this.categories.isSubCategoryOf(details.subCategoryId(), details.categoryId())) {
			throw new RuleViolation("unknown-sub-category", "Unknown sub-category", "subCategoryId",
					"Sub-category " + details.subCategoryId() + " does not exist in category " + details.categoryId());
		}
	}

	private ProductView view(UUID id) {
		return this.queries.load(id).orElseThrow();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
