package nexus.order.catalogcopy.messaging;

import java.util.function.Consumer;

import nexus.events.catalog.ProductCreated;
import nexus.events.catalog.ProductDeleted;
import nexus.events.catalog.ProductEvent;
import nexus.events.catalog.ProductStockLow;
import nexus.events.catalog.ProductUpdated;
import nexus.order.catalogcopy.ProductCopies;
import nexus.order.catalogcopy.ProductSnapshot;
import nexus.platform.messaging.inbox.EventConsumers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Keeps the product copy from {@code nexus.catalog.products.v1} (binding
 * {@code productEvents-in-0}): a created or updated product is its new state (a created
 * one at version 0), a deleted one leaves the catalogue, and stock levels are the
 * catalogue's business.
 */
@Configuration(proxyBeanMethods = false)
class ProductEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> productEvents(EventConsumers consumers, ProductCopies copies) {
		return consumers.idempotent("order-service.product-copies", ProductEvent.class,
				(received) -> apply(received.event(), copies));
	}

	private static void apply(ProductEvent event, ProductCopies copies) {
		switch (event) {
			case ProductCreated created -> copies.changed(new ProductSnapshot(created.productId(), created.name(),
					created.price(), created.currency(), created.available()), 0);
			case ProductUpdated updated -> copies.changed(new ProductSnapshot(updated.productId(), updated.name(),
					updated.price(), updated.currency(), updated.available()), updated.version());
			case ProductDeleted deleted ->
				copies.deleted(deleted.productId(), deleted.name(), deleted.price(), deleted.currency());
			case ProductStockLow ignored -> {
				// Nothing to copy.
			}
		}
	}

}
