package nexus.catalog.product;

import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import nexus.events.catalog.ProductCreated;
import nexus.events.catalog.ProductDeleted;
import nexus.events.catalog.ProductStockLow;
import nexus.events.catalog.ProductUpdated;
import nexus.platform.messaging.outbox.Outbox;

import org.springframework.stereotype.Component;

/**
 * Tells the other services (and the other instances' caches) that a product changed,
 * through the outbox, in the transaction that changed it; and evicts this instance's
 * cache once it commits. Call it after the change is flushed, so the version is the new
 * one.
 */
@Component
public class ProductEvents {

	private final Outbox outbox;

	private final ProductCache cache;

	private final ProductProperties properties;

	private final MeterRegistry meters;

	ProductEvents(Outbox outbox, ProductCache cache, ProductProperties properties, MeterRegistry meters) {
		this.outbox = outbox;
		this.cache = cache;
		this.properties = properties;
		this.meters = meters;
	}

	void created(Product product) {
		this.outbox.publish(new ProductCreated(product.id(), product.name(), product.price(), product.currency(),
				product.categoryId(), product.subCategoryId(), product.isAvailable(), product.createdAt()));
		this.cache.evictAfterCommit(product.id());
	}

	/**
	 * A product's catalogue data, rating or images changed.
	 * @param product the product, flushed
	 */
	public void updated(Product product) {
		this.outbox.publish(new ProductUpdated(product.id(), product.name(), product.price(), product.currency(),
				product.categoryId(), product.subCategoryId(), product.isAvailable(), product.version(),
				product.updatedAt()));
		this.cache.evictAfterCommit(product.id());
	}

	void deleted(Product product) {
		this.outbox.publish(new ProductDeleted(product.id(), product.name(), product.price(), product.currency(), false,
				product.deletedAt()));
		this.cache.evictAfterCommit(product.id());
	}

	/**
	 * A product's available stock moved: its cached copies go, and if it fell to the
	 * low-stock threshold, {@code ProductStockLow} says so.
	 * @param product the product
	 * @param change how its stock moved
	 * @param now when
	 */
	public void stockMoved(Product product, StockChange change, Instant now) {
		this.cache.evictAfterCommit(product.id());
		int threshold = this.properties.lowStockThreshold();
		if (change.fellTo(threshold)) {
			this.outbox.publish(new ProductStockLow(product.id(), product.name(), change.after(), threshold, now));
			this.meters.counter("nexus.catalog.stock.low").increment();
		}
	}

}
