package nexus.catalog.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.BatchStrategies;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.serializer.JacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext;

/**
 * The read cache's store: Caffeine in this instance's memory by default, Redis when
 * {@code nexus.catalog.cache.store=redis}.
 */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CacheConfiguration.class);

	/** Prefix of every key the catalogue writes to Redis. */
	static final String REDIS_PREFIX = "nexus:catalog:";

	@Bean
	CacheRegions cacheRegions(CacheProperties properties, ObjectProvider<RedisConnectionFactory> redis, JsonMapper json,
			MeterRegistry meters) {
		CacheRegions.Store store = switch (properties.store()) {
			case MEMORY -> memory(properties);
			case REDIS -> redis(redis.getObject(), json);
		};
		log.info("Catalogue reads are cached in {}", properties.store());
		return new CacheRegions(store, json, meters);
	}

	static CacheRegions.Store memory(CacheProperties properties) {
		return (name, type, ttl) -> new CaffeineCache(name,
				Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(properties.maximumSize()).build(), false);
	}

	static CacheRegions.Store redis(RedisConnectionFactory connections, JsonMapper json) {
		// SCAN rather than KEYS to clear a region: it does not block Redis.
		RedisCacheWriter writer = RedisCacheWriter.nonLockingRedisCacheWriter(connections, BatchStrategies.scan(500));
		return (name, type, ttl) -> {
			RedisCacheConfiguration configuration = RedisCacheConfiguration.defaultCacheConfig()
				.entryTtl(ttl)
				.disableCachingNullValues()
				.prefixCacheNameWith(REDIS_PREFIX)
				.serializeValuesWith(RedisSerializationContext.SerializationPair
					.fromSerializer(new JacksonJsonRedisSerializer<>(json, type)));
			return RedisCacheManager.builder(writer).cacheDefaults(configuration).build().getCache(name);
		};
	}

}
