package nexus.events.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nexus.events.EventChecks;
import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * An order is paid and confirmed: its stock reservation becomes a sale.
 *
 * @param orderId the order
 * @param customerId the customer
 * @param lines what was bought
 * @param confirmedAt when it was confirmed
 */
@EventContract(type = "nexus.order.OrderConfirmed", version = 1, topic = Topics.ORDERS)
public record OrderConfirmed(UUID orderId, UUID customerId, List<OrderLine> lines,
		Instant confirmedAt) implements OrderEvent {

	public OrderConfirmed {
		required(orderId, "orderId");
		required(customerId, "customerId");
		lines = EventChecks.nonEmpty(lines, "lines");
		required(confirmedAt, "confirmedAt");
	}

}
