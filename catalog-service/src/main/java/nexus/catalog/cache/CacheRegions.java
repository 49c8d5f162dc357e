package nexus.catalog.cache;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cache.Cache;

/**
 * Creates the regions of the read cache on the configured store. Each feature declares
 * the regions it reads through and evicts them itself when it changes something.
 */
public class CacheRegions {

	private final Store store;

	private final JsonMapper json;

	private final MeterRegistry meters;

	CacheRegions(Store store, JsonMapper json, MeterRegistry meters) {
		this.store = store;
		this.json = json;
		this.meters = meters;
	}

	/**
	 * A region.
	 * @param <T> what it holds
	 * @param name its name, unique, such as {@code products}
	 * @param type what it holds, as Jackson sees it (Redis stores JSON)
	 * @param ttl how long an entry lives at most
	 * @return the region
	 */
	public <T> CatalogCache<T> region(String name, TypeReference<T> type, Duration ttl) {
		JavaType javaType = this.json.getTypeFactory().constructType(type);
		return new CatalogCache<>(name, this.store.create(name, javaType, ttl), javaType.getRawClass(), this.meters);
	}

	/** Makes the cache of one region. */
	@FunctionalInterface
	interface Store {

		Cache create(String name, JavaType type, Duration ttl);

	}

}
