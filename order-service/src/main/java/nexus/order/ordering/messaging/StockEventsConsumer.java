package nexus.order.ordering.messaging;

import java.util.function.Consumer;

import nexus.events.catalog.StockEvent;
import nexus.order.ordering.OrderSaga;
import nexus.platform.messaging.inbox.EventConsumers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Feeds the catalogue's stock answers ({@code nexus.catalog.stock.v1}, binding
 * {@code stockEvents-in-0}) to the order saga.
 */
@Configuration(proxyBeanMethods = false)
class StockEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> stockEvents(EventConsumers consumers, OrderSaga saga) {
		return consumers.idempotent("order-service.order-saga", StockEvent.class,
				(received) -> saga.on(received.event()));
	}

}
