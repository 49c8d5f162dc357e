package nexus.catalog.cache;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.Cache;

/**
 * One region of the read cache, such as products by id. Counts hits and misses
 * ({@code nexus_catalog_cache_requests_total}). A cache that fails (Redis down) is
 * counted ({@code nexus_catalog_cache_errors_total}) and bypassed: reads then go to the
 * database, they never fail because of the cache.
 *
 * @param <T> what it holds
 */
public final class CatalogCache<T> {

	private static final Logger log = LoggerFactory.getLogger(CatalogCache.class);

	private final String name;

	private final Cache store;

	private final Class<?> type;

	private final Counter hits;

	private final Counter misses;

	private final MeterRegistry meters;

	// Bumped by every eviction: a value loaded while an eviction happened may be stale,
	// so
	// it is not stored.
	private final AtomicLong evictions = new AtomicLong();

	CatalogCache(String name, Cache store, Class<?> type, MeterRegistry meters) {
		this.name = name;
		this.store = store;
		this.type = type;
		this.meters = meters;
		this.hits = requests("hit");
		this.misses = requests("miss");
	}

	/**
	 * The cached value, or the loader's, which is then cached unless it is {@code null}.
	 * @param key the key
	 * @param loader loads the value on a miss
	 * @return the value, or {@code null} if the loader found none
	 */
	public T get(String key, Supplier<T> loader) {
		T cached = lookUp(key);
		if (cached != null) {
			this.hits.increment();
			return cached;
		}
		this.misses.increment();
		long evictionsBefore = this.evictions.get();
		T loaded = loader.get();
		if (loaded != null && evictionsBefore == this.evictions.get()) {
			// The immediate variants: Cache.put, evict and clear may be deferred (Redis
			// does
			// so), and a deferred write could land after a later eviction.
			guarded("put", () -> this.store.putIfAbsent(key, loaded));
		}
		return loaded;
	}

	/**
	 * Forgets one entry.
	 * @param key the key
	 */
	public void evict(String key) {
		this.evictions.incrementAndGet();
		guarded("evict", () -> this.store.evictIfPresent(key));
	}

	/** Forgets every entry. */
	public void clear() {
		this.evictions.incrementAndGet();
		guarded("clear", this.store::invalidate);
	}

	public String name() {
		return this.name;
	}

	@SuppressWarnings("unchecked")
	private T lookUp(String key) {
		try {
			return (T) this.store.get(key, this.type);
		}
		catch (RuntimeException ex) {
			failed("get", ex);
			return null;
		}
	}

	private void guarded(String operation, Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			failed(operation, ex);
		}
	}

	private void failed(String operation, RuntimeException ex) {
		this.meters.counter("nexus.catalog.cache.errors", "cache", this.name, "operation", operation).increment();
		log.warn("Cache {} failed to {}; going on without it: {}", this.name, operation, ex.toString());
	}

	private Counter requests(String result) {
		return Counter.builder("nexus.catalog.cache.requests")
			.description("Reads of the catalogue cache, by result")
			.tag("cache", this.name)
			.tag("result", result)
			.register(this.meters);
	}

}
