package nexus.catalog.stock;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nexus.platform.domain.DomainEvent;

/**
 * What happened to the stock of an order, as its {@link StockReservation} registers it.
 */
public sealed interface ReservationEvent extends DomainEvent {

	UUID orderId();

	/**
	 * Every line of the order is held until it is confirmed, cancelled or expires.
	 *
	 * @param orderId the order
	 * @param lines what is held
	 * @param reservedAt when
	 * @param expiresAt when it goes back unless confirmed
	 */
	record Held(UUID orderId, List<ReservedLine> lines, Instant reservedAt,
			Instant expiresAt) implements ReservationEvent {
	}

	/**
	 * Nothing is held, because these lines fell short.
	 *
	 * @param orderId the order
	 * @param shortfalls the lines that fell short
	 * @param refusedAt when
	 */
	record Refused(UUID orderId, List<Shortfall> shortfalls, Instant refusedAt) implements ReservationEvent {
	}

	/**
	 * What the order held went back to stock.
	 *
	 * @param orderId the order
	 * @param lines what went back
	 * @param expired {@code true} when it was not confirmed in time, {@code false} when
	 * the order was cancelled
	 * @param releasedAt when
	 */
	record Released(UUID orderId, List<ReservedLine> lines, boolean expired,
			Instant releasedAt) implements ReservationEvent {
	}

}
