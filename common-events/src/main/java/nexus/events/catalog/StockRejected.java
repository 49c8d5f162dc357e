package nexus.events.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nexus.events.EventChecks;
import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * Stock could not cover an order; nothing was reserved (all or nothing).
 *
 * @param orderId the order
 * @param shortfalls the lines that fell short
 * @param rejectedAt when the reservation was refused
 */
@EventContract(type = "nexus.catalog.StockRejected", version = 1, topic = Topics.STOCK)
public record StockRejected(UUID orderId, List<StockShortfall> shortfalls, Instant rejectedAt) implements StockEvent {

	public StockRejected {
		required(orderId, "orderId");
		shortfalls = EventChecks.nonEmpty(shortfalls, "shortfalls");
		required(rejectedAt, "rejectedAt");
	}

}
