package nexus.catalog.product;

import java.util.UUID;

import nexus.catalog.cache.CacheProperties;
import nexus.catalog.cache.CacheRegions;
import nexus.catalog.cache.CatalogCache;
import nexus.platform.domain.DomainEvent;
import nexus.platform.paging.Listing;
import tools.jackson.core.type.TypeReference;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The cached product reads: one product by id, and pages of product lists. A change to a
 * product evicts it and every cached page (any page may show it). Evictions run after the
 * change commits, so that no read between the eviction and the commit caches the old
 * state; the catalogue's own events evict again on every instance.
 */
@Component
public class ProductCache {

	final CatalogCache<ProductView> byId;

	final CatalogCache<Listing<ProductView>> pages;

	ProductCache(CacheRegions regions, CacheProperties properties) {
		this.byId = regions.region("products", new TypeReference<>() {
		}, properties.ttl());
		this.pages = regions.region("product-pages", new TypeReference<>() {
		}, properties.ttl());
	}

	/**
	 * Forgets a product and every cached page, now.
	 * @param productId the product
	 */
	public void evict(UUID productId) {
		this.byId.evict(productId.toString());
		this.pages.clear();
	}

	/** Forgets every cached page, now; for a product that appeared. */
	public void evictPages() {
		this.pages.clear();
	}

	/**
	 * A product changed (or appeared, or went): it and every cached page are forgotten
	 * once the change commits (or now, without a transaction), so that no read between
	 * the eviction and the commit caches the old state. Stock is not the product's: its
	 * moves evict nothing.
	 * @param event the product's event
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(DomainEvent event) {
		switch (event) {
			case ProductAdded added -> evict(added.productId());
			case ProductChanged changed -> evict(changed.product().productId());
			case ProductWithdrawn withdrawn -> evict(withdrawn.product().productId());
			default -> {
				// Not a product's.
			}
		}
	}

}
