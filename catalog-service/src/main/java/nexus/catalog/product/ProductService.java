package nexus.catalog.product;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import nexus.catalog.category.CategoryDirectory;
import nexus.platform.domain.NotFound;
import nexus.platform.domain.RuleViolation;
import nexus.platform.domain.StaleVersion;
import nexus.platform.domain.StateConflict;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to products. Each change locks the product row and registers its
 * event, published when the product is saved. A replace or a patch names the version the
 * client read (its ETag, sent as {@code If-Match}) and is refused with
 * {@link StaleVersion} when the product changed since, instead of overwriting a newer
 * state. Stock is not changed here: it is the inventory's, changed by stock adjustments.
 */
@Service
@Transactional
public class ProductService {

	private final ProductRepository products;

	private final ProductQueries queries;

	private final CategoryDirectory categories;

	private final AvailableStock stock;

	private final Clock clock;

	ProductService(ProductRepository products, ProductQueries queries, CategoryDirectory categories,
			AvailableStock stock, Clock clock) {
		this.products = products;
		this.queries = queries;
		this.categories = categories;
		this.stock = stock;
		this.clock = clock;
	}

	/**
	 * Creates a product, with the stock it starts with.
	 * @param details what the administrator sets
	 * @param initialStock units it starts with
	 * @param addedBy who creates it
	 * @return the product
	 */
	public ProductView create(ProductDetails details, int initialStock, @Nullable UUID addedBy) {
		checkCategories(details);
		Product product = this.products.save(Product.create(details, initialStock, addedBy, now()));
		this.products.flush();
		return view(product.id());
	}

	/**
	 * Replaces what the administrator sets.
	 * @param id the product
	 * @param details the new details
	 * @param claimedStock the {@code amountInStock} the client sent, if it sent one: it
	 * must be the available stock, since stock changes only by adjustments
	 * @param expectedVersion the version the client read (its {@code If-Match})
	 * @return the product
	 */
	public ProductView replace(UUID id, ProductDetails details, @Nullable Integer claimedStock, long expectedVersion) {
		Product product = lockForChange(id, expectedVersion);
		checkStockUnchanged(id, claimedStock);
		checkCategories(details);
		return revise(product, details);
	}

	/**
	 * Changes some of what the administrator sets.
	 * @param id the product
	 * @param patch the fields to change
	 * @param claimedStock the {@code amountInStock} the client sent, if it sent one
	 * @param expectedVersion the version the client read (its {@code If-Match})
	 * @return the product
	 */
	public ProductView patch(UUID id, ProductPatch patch, @Nullable Integer claimedStock, long expectedVersion) {
		Product product = lockForChange(id, expectedVersion);
		checkStockUnchanged(id, claimedStock);
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

	/**
	 * Takes a product out of the catalogue.
	 * @param id the product
	 * @param expectedVersion the version the client read, if it sent one
	 * ({@code If-Match} is optional here: nothing is overwritten)
	 */
	public void delete(UUID id, @Nullable Long expectedVersion) {
		Product product = lockForChange(id, expectedVersion);
		product.delete(now());
		this.products.save(product);
	}

	private ProductView revise(Product product, ProductDetails details) {
		product.revise(details, now());
		this.products.save(product);
		this.products.flush();
		return view(product.id());
	}

	private Product lockForChange(UUID id, @Nullable Long expectedVersion) {
		Product product = this.products.lock(id)
			.filter(Product::isAvailable)
			.orElseThrow(() -> new NotFound("Product", id));
		if (expectedVersion != null) {
			StaleVersion.check("Product", expectedVersion, product.version());
		}
		return product;
	}

	/**
	 * A read-modify-write client that sends back the stock it read keeps working while
	 * that is still the stock; any other value would set stock over the sales made since
	 * (ADR 0014), so it is refused.
	 */
	private void checkStockUnchanged(UUID id, @Nullable Integer claimedStock) {
		if (claimedStock == null) {
			return;
		}
		int available = this.stock.of(List.of(id)).getOrDefault(id, 0);
		if (claimedStock != available) {
			throw new StateConflict("stock-is-adjusted-separately", "Stock is adjusted separately", "Product " + id
					+ " has " + available + " units available, not " + claimedStock
					+ ": stock changes only by adjustments (POST /api/catalog/products/" + id
					+ "/stock-adjustments with {delta, reason}); leave amountInStock out, or send the current value");
		}
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
