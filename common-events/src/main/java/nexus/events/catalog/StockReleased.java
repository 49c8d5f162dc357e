package nexus.events.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nexus.events.EventChecks;
import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * A reservation was given back to stock.
 *
 * @param orderId the order
 * @param lines the released quantities
 * @param reason why it was released
 * @param releasedAt when it was released
 */
@EventContract(type = "nexus.catalog.StockReleased", version = 1, topic = Topics.STOCK)
public record StockReleased(UUID orderId, List<StockLine> lines, Reason reason,
		Instant releasedAt) implements StockEvent {

	public StockReleased {
		required(orderId, "orderId");
		lines = EventChecks.nonEmpty(lines, "lines");
		required(reason, "reason");
		required(releasedAt, "releasedAt");
	}

	/** Why a reservation was released. */
	public enum Reason {

		/** The order was cancelled. */
		ORDER_CANCELLED,

		/** The order was never confirmed and the reservation timed out. */
		EXPIRED

	}

}
