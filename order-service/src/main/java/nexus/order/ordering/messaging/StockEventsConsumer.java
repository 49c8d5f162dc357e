package nexus.order.ordering.messaging;

import java.util.function.Consumer;

import nexus.events.catalog.StockEvent;
import nexus.events.catalog.StockRejected;
import nexus.events.catalog.StockReleased;
import nexus.events.catalog.StockReserved;
import nexus.events.catalog.StockShortfall;
import nexus.order.ordering.OrderSaga;
import nexus.platform.messaging.inbox.EventConsumers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Feeds the catalogue's stock answers ({@code nexus.catalog.stock.v1}, binding
 * {@code stockEvents-in-0}) to the order saga, in its terms: stock reserved until the
 * event's {@code expiresAt}, rejected (for a product no longer sold, or short of units),
 * or a reservation that expired. A release because the order was cancelled is the
 * catalogue's answer to our own {@code OrderCancelled}: nothing to do.
 */
@Configuration(proxyBeanMethods = false)
class StockEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> stockEvents(EventConsumers consumers, OrderSaga saga) {
		return consumers.idempotent("order-service.order-saga", StockEvent.class,
				(received) -> apply(received.event(), saga));
	}

	private static void apply(StockEvent event, OrderSaga saga) {
		switch (event) {
			case StockReserved reserved -> saga.stockReserved(reserved.orderId(), reserved.expiresAt());
			case StockRejected rejected -> saga.stockRejected(rejected.orderId(),
					rejected.shortfalls()
						.stream()
						.anyMatch((shortfall) -> shortfall.reason() == StockShortfall.Reason.PRODUCT_UNAVAILABLE));
			case StockReleased released -> {
				if (released.reason() == StockReleased.Reason.EXPIRED) {
					saga.reservationExpired(released.orderId());
				}
			}
		}
	}

}
