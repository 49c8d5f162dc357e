package nexus.order.catalogcopy.messaging;

import java.util.function.Consumer;

import nexus.events.catalog.ProductEvent;
import nexus.order.catalogcopy.ProductCopies;
import nexus.platform.messaging.inbox.EventConsumers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Keeps the product copy from {@code nexus.catalog.products.v1} (binding
 * {@code productEvents-in-0}).
 */
@Configuration(proxyBeanMethods = false)
class ProductEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> productEvents(EventConsumers consumers, ProductCopies copies) {
		return consumers.idempotent("order-service.product-copies", ProductEvent.class,
				(received) -> copies.apply(received.event()));
	}

}
