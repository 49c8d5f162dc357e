package nexus.order.messaging;

import java.util.List;

import nexus.events.order.CancellationReason;
import nexus.events.order.OrderAwaitingPayment;
import nexus.events.order.OrderCancelled;
import nexus.events.order.OrderConfirmed;
import nexus.events.order.OrderDelivered;
import nexus.events.order.OrderLine;
import nexus.events.order.OrderPlaced;
import nexus.events.order.OrderShipped;
import nexus.events.order.PaymentFailed;
import nexus.events.order.PaymentRefunded;
import nexus.events.order.PaymentSucceeded;
import nexus.order.ordering.OrderEvent;
import nexus.order.payment.PaymentEvent;
import nexus.platform.domain.DomainEvent;
import nexus.platform.messaging.outbox.EventTranslator;

import org.springframework.stereotype.Component;

/**
 * order-service's one edge to the wire: what other services hear, on
 * {@code nexus.orders.v1}, about the domain events of orders and payments. Each domain
 * event is the wire event of the same name (an order's {@code Placed} is
 * {@link OrderPlaced}, a payment's {@code Failed} is {@link PaymentFailed}), keyed by the
 * order, so that everything about one order stays in order on one partition.
 */
@Component
class WireEvents implements EventTranslator {

	@Override
	public List<nexus.events.order.OrderEvent> toWire(DomainEvent event) {
		return switch (event) {
			case OrderEvent order -> List.of(order(order));
			case PaymentEvent payment -> List.of(payment(payment));
			default -> List.of();
		};
	}

	private static nexus.events.order.OrderEvent order(OrderEvent event) {
		return switch (event) {
			case OrderEvent.Placed placed -> new OrderPlaced(placed.orderId(), placed.customerId(),
					lines(placed.lines()), placed.totalAmount(), placed.currency(), placed.placedAt());
			case OrderEvent.AwaitingPayment awaiting ->
				new OrderAwaitingPayment(awaiting.orderId(), awaiting.customerId(), awaiting.at());
			case OrderEvent.Confirmed confirmed -> new OrderConfirmed(confirmed.orderId(), confirmed.customerId(),
					lines(confirmed.lines()), confirmed.at());
			case OrderEvent.Cancelled cancelled -> new OrderCancelled(cancelled.orderId(), cancelled.customerId(),
					CancellationReason.valueOf(cancelled.reason().name()), cancelled.at());
			case OrderEvent.Shipped shipped -> new OrderShipped(shipped.orderId(), shipped.customerId(), shipped.at());
			case OrderEvent.Delivered delivered ->
				new OrderDelivered(delivered.orderId(), delivered.customerId(), delivered.at());
		};
	}

	private static nexus.events.order.OrderEvent payment(PaymentEvent event) {
		return switch (event) {
			case PaymentEvent.Succeeded succeeded ->
				new PaymentSucceeded(succeeded.paymentId(), succeeded.orderId(), succeeded.customerId(),
						succeeded.amount(), succeeded.currency(), succeeded.reference(), succeeded.at());
			case PaymentEvent.Failed failed -> new PaymentFailed(failed.paymentId(), failed.orderId(),
					failed.customerId(), failed.amount(), failed.currency(),
					PaymentFailed.Reason.valueOf(failed.reason().name()), failed.detail(), failed.at());
			case PaymentEvent.Refunded refunded -> new PaymentRefunded(refunded.paymentId(), refunded.orderId(),
					refunded.customerId(), refunded.amount(), refunded.currency(), refunded.reference(), refunded.at());
		};
	}

	private static List<OrderLine> lines(List<OrderEvent.Line> lines) {
		return lines.stream()
			.map((line) -> new OrderLine(line.productId(), line.quantity(), line.unitPrice()))
			.toList();
	}

}
