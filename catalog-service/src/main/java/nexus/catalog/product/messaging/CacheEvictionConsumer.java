package nexus.catalog.product.messaging;

import java.util.function.Consumer;

import nexus.catalog.product.ProductCache;
import nexus.events.catalog.CatalogEvent;
import nexus.events.catalog.ProductCreated;
import nexus.events.catalog.ProductEvent;
import nexus.events.catalog.ProductStockLow;
import nexus.events.catalog.StockEvent;
import nexus.platform.messaging.inbox.EventConsumers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The catalogue's own product events, read by every instance (a subscription of its own,
 * not durable, from the latest offset) to evict what it cached of the products they are
 * about: so a change made by one instance reaches the caches of all. Stock is not cached
 * with the products (reads join it in), so stock events and {@code ProductStockLow} evict
 * nothing.
 */
@Configuration(proxyBeanMethods = false)
class CacheEvictionConsumer {

	/**
	 * The consumer's name, the same in every instance: evicting twice is harmless, so it
	 * needs no inbox (which would need a name per instance), and a metric label must not
	 * change with every start.
	 */
	static final String NAME = "catalog-service.cache-eviction";

	@Bean
	Consumer<Message<byte[]>> catalogCacheEvictions(EventConsumers consumers, ProductCache cache) {
		return consumers.repeatable(NAME, CatalogEvent.class, (received) -> {
			switch (received.event()) {
				case ProductCreated created -> cache.evictPages();
				case ProductStockLow low -> {
					// Stock, which is not cached.
				}
				case ProductEvent changed -> cache.evict(changed.productId());
				case StockEvent stock -> {
					// Stock, which is not cached.
				}
			}
		});
	}

}
