package nexus.events.order;

import java.util.UUID;

import nexus.events.NexusEvent;

/**
 * Events of order-service, on {@link nexus.events.Topics#ORDERS}, keyed by order id: the
 * order's status changes and the payments taken for it.
 */
public sealed interface OrderEvent extends NexusEvent permits OrderPlaced, OrderAwaitingPayment, OrderConfirmed,
		OrderCancelled, OrderShipped, OrderDelivered, PaymentSucceeded, PaymentFailed, PaymentRefunded {

	/**
	 * The order this event is about.
	 * @return the order id
	 */
	UUID orderId();

	/**
	 * The customer who placed the order.
	 * @return the customer's user id
	 */
	UUID customerId();

	@Override
	default String subject() {
		return orderId().toString();
	}

}
