package nexus.events.order;

import java.time.Instant;
import java.util.UUID;

import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * An order was cancelled; any stock reserved for it is given back.
 *
 * @param orderId the order
 * @param customerId the customer
 * @param reason why it was cancelled
 * @param cancelledAt when it was cancelled
 */
@EventContract(type = "nexus.order.OrderCancelled", version = 1, topic = Topics.ORDERS)
public record OrderCancelled(UUID orderId, UUID customerId, CancellationReason reason,
		Instant cancelledAt) implements OrderEvent {

	public OrderCancelled {
		required(orderId, "orderId");
		required(customerId, "customerId");
		required(reason, "reason");
		required(cancelledAt, "cancelledAt");
	}

}
