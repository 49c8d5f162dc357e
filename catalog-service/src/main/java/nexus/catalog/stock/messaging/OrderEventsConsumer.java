package nexus.catalog.stock.messaging;

import java.util.function.Consumer;

import nexus.catalog.review.PurchaseHistory;
import nexus.catalog.stock.StockReservations;
import nexus.events.order.OrderCancelled;
import nexus.events.order.OrderConfirmed;
import nexus.events.order.OrderEvent;
import nexus.events.order.OrderPlaced;
import nexus.platform.messaging.inbox.EventConsumers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Order events ({@code nexus.orders.v1}, group {@code catalog-service}): the stock saga,
 * and which customers bought which products (for verified-purchase reviews). Each event
 * is applied once, in one transaction with the answer it publishes.
 */
@Configuration(proxyBeanMethods = false)
class OrderEventsConsumer {

	/** The consumer's name in the inbox. */
	static final String NAME = "catalog-service.orders";

	@Bean
	Consumer<Message<byte[]>> orderEvents(EventConsumers consumers, StockReservations stock,
			PurchaseHistory purchases) {
		return consumers.idempotent(NAME, OrderEvent.class, (received) -> {
			switch (received.event()) {
				case OrderPlaced placed -> stock.reserve(placed);
				case OrderConfirmed confirmed -> {
					stock.confirm(confirmed);
					purchases.record(confirmed);
				}
				case OrderCancelled cancelled -> {
					stock.cancel(cancelled);
					purchases.forget(cancelled.orderId());
				}
				default -> {
					// Payments, shipping and delivery do not concern the catalogue.
				}
			}
		});
	}

}
