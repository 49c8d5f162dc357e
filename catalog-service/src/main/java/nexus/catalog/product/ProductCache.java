package nexus.catalog.product;

import java.util.UUID;

import nexus.platform.paging.Listing;
import nexus.catalog.cache.CacheProperties;
import nexus.catalog.cache.CacheRegions;
import nexus.catalog.cache.CatalogCache;
import tools.jackson.core.type.TypeReference;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
	 * Forgets a product and every cached page once the current transaction commits (or
	 * now, without one).
	 * @param productId the product
	 */
	public void evictAfterCommit(UUID productId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			evict(productId);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				evict(productId);
			}
		});
	}

}
