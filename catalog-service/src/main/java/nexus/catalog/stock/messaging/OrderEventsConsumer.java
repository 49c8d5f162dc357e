package nexus.catalog.stock.messaging;

import java.util.List;
import java.util.function.Consumer;

import nexus.catalog.review.PurchaseHistory;
import nexus.catalog.stock.ReservedLine;
import nexus.catalog.stock.StockReservations;
import nexus.events.order.OrderCancelled;
import nexus.events.order.OrderConfirmed;
import nexus.events.order.OrderEvent;
import nexus.events.order.OrderLine;
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
				case OrderPlaced placed -> stock.reserve(placed.orderId(), placed.customerId(), lines(placed.lines()));
				case OrderConfirmed confirmed -> {
					stock.confirm(confirmed.orderId(), confirmed.customerId(), lines(confirmed.lines()));
					purchases.record(confirmed.orderId(), confirmed.customerId(),
							confirmed.lines().stream().map(OrderLine::productId).toList(), confirmed.confirmedAt());
				}
				case OrderCancelled cancelled -> {
					stock.cancel(cancelled.orderId(), cancelled.customerId());
					purchases.forget(cancelled.orderId());
				}
				default -> {
					// Payments, shipping and delivery do not concern the catalogue.
				}
			}
		});
	}

	private static List<ReservedLine> lines(List<OrderLine> lines) {
		return lines.stream().map((line) -> new ReservedLine(line.productId(), line.quantity())).toList();
	}

}
