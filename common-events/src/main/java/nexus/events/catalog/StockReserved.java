package nexus.events.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nexus.events.EventChecks;
import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * Every line of an order is reserved. The reservation becomes a sale when the order is
 * confirmed, and is released when it is cancelled or when it expires.
 *
 * @param orderId the order
 * @param lines the reserved quantities
 * @param reservedAt when the stock was reserved
 * @param expiresAt when an unconfirmed reservation is released
 */
@EventContract(type = "nexus.catalog.StockReserved", version = 1, topic = Topics.STOCK)
public record StockReserved(UUID orderId, List<StockLine> lines, Instant reservedAt,
		Instant expiresAt) implements StockEvent {

	public StockReserved {
		required(orderId, "orderId");
		lines = EventChecks.nonEmpty(lines, "lines");
		required(reservedAt, "reservedAt");
		required(expiresAt, "expiresAt");
	}

}
