package nexus.catalog.category;

import nexus.platform.paging.Listing;
import nexus.catalog.cache.CacheProperties;
import nexus.catalog.cache.CacheRegions;
import nexus.catalog.cache.CatalogCache;
import tools.jackson.core.type.TypeReference;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cached category reads. Categories change rarely and a change may show anywhere (a
 * category's page lists its sub-categories), so any change evicts them all, after it
 * commits. No event announces a category change to other instances: with a shared (Redis)
 * cache they see the eviction at once, with in-memory caches after
 * {@code nexus.catalog.cache.category-ttl}.
 */
@Component
class CategoryCache {

	final CatalogCache<CategoryView> byId;

	final CatalogCache<Listing<CategoryView>> pages;

	final CatalogCache<Listing<SubCategoryView>> subCategoryPages;

	CategoryCache(CacheRegions regions, CacheProperties properties) {
		this.byId = regions.region("categories", new TypeReference<>() {
		}, properties.categoryTtl());
		this.pages = regions.region("category-pages", new TypeReference<>() {
		}, properties.categoryTtl());
		this.subCategoryPages = regions.region("sub-category-pages", new TypeReference<>() {
		}, properties.categoryTtl());
	}

	void evictAllAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			evictAll();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				evictAll();
			}
		});
	}

	private void evictAll() {
		this.byId.clear();
		this.pages.clear();
		this.subCategoryPages.clear();
	}

}
