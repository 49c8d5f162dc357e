package nexus.catalog.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's side of the order saga: reserves stock for placed orders (every line or
 * none), sells it when they are confirmed and gives it back when they are cancelled. Each
 * method runs in the transaction of the event that triggered it; the reservation and the
 * inventories register what happened, and saving them publishes the answers in that
 * transaction.
 */
@Service
@Transactional
public class StockReservations {

	private static final Logger log = LoggerFactory.getLogger(StockReservations.class);

	private final ReservationRepository reservations;

	private final StockMoves moves;

	private final StockProperties properties;

	private final StockMetrics metrics;

	private final Clock clock;

	StockReservations(ReservationRepository reservations, StockMoves moves, StockProperties properties,
			StockMetrics metrics, Clock clock) {
		this.reservations = reservations;
		this.moves = moves;
		this.properties = properties;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Reserves every line of a placed order, or none: the reservation registers that its
	 * lines are held, or which lines fell short. An order seen before (however it was
	 * delivered again) changes nothing.
	 * @param orderId the order
	 * @param customerId who placed it
	 * @param orderLines its lines, possibly several for one product
	 */
	public void reserve(UUID orderId, UUID customerId, List<ReservedLine> orderLines) {
		if (this.reservations.existsById(orderId)) {
			log.info("Order {} was placed before; its stock is not reserved again", orderId);
			this.metrics.reservation("duplicate");
			return;
		}
		Instant now = now();
		List<ReservedLine> lines = StockMoves.merged(orderLines);
		Map<UUID, Optional<Inventory>> locked = this.moves.lock(lines);
		List<Shortfall> shortfalls = this.moves.shortfalls(lines, locked);
		if (!shortfalls.isEmpty()) {
			this.reservations.save(StockReservation.rejected(orderId, customerId, shortfalls, now));
			this.metrics.reservation("rejected");
			return;
		}
		this.moves.reserve(lines, locked, now);
		this.reservations
			.save(StockReservation.reserved(orderId, customerId, lines, now, this.properties.reservationTtl()));
		this.metrics.reservation("reserved");
	}

	/**
	 * Sells the stock of a confirmed order. If its reservation expired (or never came),
	 * the order is sold from the stock available now if that covers every line, and
	 * otherwise left unfulfilled: stock is never oversold. Both are logged and counted,
	 * since order-service believes the order is served.
	 * @param orderId the order
	 * @param customerId who placed it
	 * @param orderLines its lines
	 */
	public void confirm(UUID orderId, UUID customerId, List<ReservedLine> orderLines) {
		Instant now = now();
		Optional<StockReservation> found = this.reservations.lock(orderId);
		if (found.isEmpty()) {
			List<ReservedLine> lines = StockMoves.merged(orderLines);
			log.warn("Order {} was confirmed but no stock was ever reserved for it", orderId);
			boolean sold = sellFromAvailable(orderId, lines, now);
			this.reservations.save(sold ? StockReservation.soldWithoutReservation(orderId, customerId, lines, now)
					: StockReservation.unfulfilledWithoutReservation(orderId, customerId, lines, now));
			return;
		}
		StockReservation reservation = found.get();
		switch (reservation.status()) {
			case RESERVED -> {
				this.moves.sell(reservation.lines(), now);
				reservation.sell(now);
				this.reservations.save(reservation);
				this.metrics.confirmation("sold");
				this.metrics.held("sold", reservation.createdAt(), now);
			}
			case EXPIRED -> {
				log.warn("Order {} was confirmed after its stock reservation expired", orderId);
				if (sellFromAvailable(orderId, reservation.lines(), now)) {
					reservation.sellAfterExpiry(now);
				}
				else {
					reservation.leaveUnfulfilled(now);
				}
				this.reservations.save(reservation);
			}
			case SOLD, UNFULFILLED -> this.metrics.confirmation("duplicate");
			case RELEASED, REJECTED, CANCELLED -> {
				log.warn("Order {} was confirmed, but its stock is {}; nothing to sell", orderId, reservation.status());
				this.metrics.confirmation("ignored");
			}
		}
	}

	/**
	 * Gives back the stock of a cancelled order, reserved or sold (a confirmed order may
	 * be cancelled until it ships); the reservation registers the release. Nothing held,
	 * nothing done; an order cancelled before it was placed here is remembered, so that a
	 * late placement reserves nothing.
	 * @param orderId the order
	 * @param customerId who placed it
	 */
	public void cancel(UUID orderId, UUID customerId) {
		Instant now = now();
		Optional<StockReservation> found = this.reservations.lock(orderId);
		if (found.isEmpty()) {
			this.reservations.save(StockReservation.cancelledBeforePlaced(orderId, customerId, now));
			return;
		}
		StockReservation reservation = found.get();
		if (!reservation.holdsStock()) {
			return;
		}
		boolean wasReserved = reservation.status() == StockReservation.Status.RESERVED;
		if (wasReserved) {
			this.moves.release(reservation.lines(), now);
		}
		else {
			this.moves.refund(reservation.lines(), now);
		}
		reservation.release(now);
		this.reservations.save(reservation);
		this.metrics.release("order_cancelled");
		if (wasReserved) {
			this.metrics.held("released", reservation.createdAt(), now);
		}
	}

	private boolean sellFromAvailable(UUID orderId, List<ReservedLine> lines, Instant now) {
		Map<UUID, Optional<Inventory>> locked = this.moves.lock(lines);
		List<Shortfall> shortfalls = this.moves.shortfalls(lines, locked);
		if (!shortfalls.isEmpty()) {
			log.error("Order {} is confirmed but stock cannot cover it any more ({}); nothing was taken, so "
					+ "nothing is oversold: it needs a refund or a restock by hand", orderId, shortfalls);
			this.metrics.confirmation("unfulfilled");
			return false;
		}
		this.moves.sellFromAvailable(lines, locked, now);
		log.warn("Order {} was sold from the stock available at its confirmation", orderId);
		this.metrics.confirmation("sold_after_expiry");
		return true;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
