package nexus.events.order;

import java.time.Instant;
import java.util.UUID;

import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * Stock is reserved for an order; it now waits for payment.
 *
 * @param orderId the order
 * @param customerId the customer
 * @param awaitingSince when the order moved to this state
 */
@EventContract(type = "nexus.order.OrderAwaitingPayment", version = 1, topic = Topics.ORDERS)
public record OrderAwaitingPayment(UUID orderId, UUID customerId, Instant awaitingSince) implements OrderEvent {

	public OrderAwaitingPayment {
		required(orderId, "orderId");
		required(customerId, "customerId");
		required(awaitingSince, "awaitingSince");
	}

}
