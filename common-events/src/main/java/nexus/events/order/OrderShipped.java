package nexus.events.order;

import java.time.Instant;
import java.util.UUID;

import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * An administrator shipped a confirmed order.
 *
 * @param orderId the order
 * @param customerId the customer
 * @param shippedAt when it was shipped
 */
@EventContract(type = "nexus.order.OrderShipped", version = 1, topic = Topics.ORDERS)
public record OrderShipped(UUID orderId, UUID customerId, Instant shippedAt) implements OrderEvent {

	public OrderShipped {
		required(orderId, "orderId");
		required(customerId, "customerId");
		required(shippedAt, "shippedAt");
	}

}
