package nexus.catalog.product.messaging;

import java.util.function.Consumer;

import nexus.catalog.product.ProductCache;
import nexus.events.catalog.CatalogEvent;
import nexus.events.catalog.ProductCreated;
import nexus.events.catalog.ProductEvent;
import nexus.events.catalog.StockRejected;
import nexus.events.catalog.StockReleased;
import nexus.events.catalog.StockReserved;
import nexus.platform.messaging.inbox.EventConsumers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The catalogue's own events, read by every instance (a subscription of its own, not
 * durable, from the latest offset) to evict what it cached of the products they are
 * about: so a change made by one instance reaches the caches of all. Reserving or
 * releasing stock publishes no product event, so the stock events are read too.
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
				case ProductEvent changed -> cache.evict(changed.productId());
				case StockReserved reserved -> reserved.lines().forEach((line) -> cache.evict(line.productId()));
				case StockReleased released -> released.lines().forEach((line) -> cache.evict(line.productId()));
				case StockRejected rejected -> {
					// Nothing moved.
				}
			}
		});
	}

}
