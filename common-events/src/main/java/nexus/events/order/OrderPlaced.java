package nexus.events.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nexus.events.EventChecks;
import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * A customer placed an order; it waits for stock to be reserved.
 *
 * @param orderId the order
 * @param customerId the customer
 * @param lines what was ordered, with price snapshots
 * @param totalAmount sum of the lines
 * @param currency ISO 4217 code
 * @param placedAt when it was placed
 */
@EventContract(type = "nexus.order.OrderPlaced", version = 1, topic = Topics.ORDERS)
public record OrderPlaced(UUID orderId, UUID customerId, List<OrderLine> lines, BigDecimal totalAmount, String currency,
		Instant placedAt) implements OrderEvent {

	public OrderPlaced {
		required(orderId, "orderId");
		required(customerId, "customerId");
		lines = EventChecks.nonEmpty(lines, "lines");
		totalAmount = EventChecks.money(totalAmount, "totalAmount");
		EventChecks.currency(currency);
		required(placedAt, "placedAt");
	}

}
