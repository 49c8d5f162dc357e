package nexus.events.order;

import java.time.Instant;
import java.util.UUID;

import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * A shipped order reached the customer.
 *
 * @param orderId the order
 * @param customerId the customer
 * @param deliveredAt when it was delivered
 */
@EventContract(type = "nexus.order.OrderDelivered", version = 1, topic = Topics.ORDERS)
public record OrderDelivered(UUID orderId, UUID customerId, Instant deliveredAt) implements OrderEvent {

	public OrderDelivered {
		required(orderId, "orderId");
		required(customerId, "customerId");
		required(deliveredAt, "deliveredAt");
	}

}
