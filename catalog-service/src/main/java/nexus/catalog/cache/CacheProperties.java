package nexus.catalog.cache;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The read cache of products and categories, under {@code nexus.catalog.cache}.
 *
 * @param store where cached reads live: {@code memory} (this instance only) or
 * {@code redis} (shared by every instance, at {@code spring.data.redis.*})
 * @param ttl how long an entry lives at most; changes evict entries long before
 * @param categoryTtl how long a category entry lives at most: no event announces a
 * category change, so with in-memory caches another instance's change shows after this
 * @param maximumSize most entries per cache region, in memory
 */
@Validated
@ConfigurationProperties("nexus.catalog.cache")
public record CacheProperties(@NotNull @DefaultValue("memory") Store store, @NotNull @DefaultValue("10m") Duration ttl,
		@NotNull @DefaultValue("1m") Duration categoryTtl, @Min(1) @DefaultValue("10000") long maximumSize) {

	/** Where cached reads live. */
	public enum Store {

		/** In this instance's memory (Caffeine). */
		MEMORY,

		/** In Redis, shared by every instance. */
		REDIS

	}

}
