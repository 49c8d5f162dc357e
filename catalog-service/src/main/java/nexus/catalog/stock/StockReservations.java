package nexus.catalog.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nexus.catalog.product.Product;
import nexus.catalog.product.ProductEvents;
import nexus.events.catalog.StockLine;
import nexus.events.catalog.StockRejected;
import nexus.events.catalog.StockReleased;
import nexus.events.catalog.StockReserved;
import nexus.events.catalog.StockShortfall;
import nexus.events.order.OrderCancelled;
import nexus.events.order.OrderConfirmed;
import nexus.events.order.OrderLine;
import nexus.events.order.OrderPlaced;
import nexus.platform.messaging.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's side of the order saga: reserves stock for placed orders (every line or
 * none), sells it when they are confirmed and gives it back when they are cancelled. Each
 * method runs in the transaction of the event that triggered it, and answers through the
 * outbox in that transaction.
 */
@Service
@Transactional
public class StockReservations {

	private static final Logger log = LoggerFactory.getLogger(StockReservations.class);

	private final ReservationRepository reservations;

	private final StockLedger ledger;

	private final ProductEvents productEvents;

	private final Outbox outbox;

	private final StockProperties properties;

	private final StockMetrics metrics;

	private final Clock clock;

	StockReservations(ReservationRepository reservations, StockLedger ledger, ProductEvents productEvents,
			Outbox outbox, StockProperties properties, StockMetrics metrics, Clock clock) {
		this.reservations = reservations;
		this.ledger = ledger;
		this.productEvents = productEvents;
		this.outbox = outbox;
		this.properties = properties;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Reserves every line of a placed order, or none: answers {@code StockReserved}, or
	 * {@code StockRejected} with the lines that fell short. An order seen before (however
	 * it was delivered again) changes nothing.
	 * @param order the placed order
	 */
	public void reserve(OrderPlaced order) {
		if (this.reservations.existsById(order.orderId())) {
			log.info("Order {} was placed before; its stock is not reserved again", order.orderId());
			this.metrics.reservation("duplicate");
			return;
		}
		Instant now = now();
		List<ReservedLine> lines = StockLedger.merged(order.lines().stream().map(StockReservations::line).toList());
		Map<UUID, Optional<Product>> locked = this.ledger.lock(lines);
		List<StockShortfall> shortfalls = StockLedger.shortfalls(lines, locked);
		if (!shortfalls.isEmpty()) {
			this.reservations.save(StockReservation.rejected(order.orderId(), order.customerId(), now));
			this.outbox.publish(new StockRejected(order.orderId(), shortfalls, now));
			this.metrics.reservation("rejected");
			return;
		}
		this.ledger.take(lines, locked, now);
		StockReservation reservation = this.reservations.save(StockReservation.reserved(order.orderId(),
				order.customerId(), lines, now, this.properties.reservationTtl()));
		this.outbox.publish(new StockReserved(order.orderId(), stockLines(lines), now, reservation.expiresAt()));
		this.metrics.reservation("reserved");
	}

	/**
	 * Sells the stock of a confirmed order. If its reservation expired (or never came),
	 * the order is sold from the stock available now if that covers every line, and
	 * otherwise left unfulfilled: stock is never oversold. Both are logged and counted,
	 * since order-service believes the order is served.
	 * @param order the confirmed order
	 */
	public void confirm(OrderConfirmed order) {
		Instant now = now();
		Optional<StockReservation> found = this.reservations.lock(order.orderId());
		if (found.isEmpty()) {
			List<ReservedLine> lines = StockLedger.merged(order.lines().stream().map(StockReservations::line).toList());
			log.warn("Order {} was confirmed but no stock was ever reserved for it", order.orderId());
			boolean sold = sellFromAvailable(order.orderId(), lines, now);
			this.reservations.save(sold
					? StockReservation.soldWithoutReservation(order.orderId(), order.customerId(), lines, now)
					: StockReservation.unfulfilledWithoutReservation(order.orderId(), order.customerId(), lines, now));
			return;
		}
		StockReservation reservation = found.get();
		switch (reservation.status()) {
			case RESERVED -> {
				reservation.sell(now);
				this.metrics.confirmation("sold");
				this.metrics.held("sold", reservation.createdAt(), now);
			}
			case EXPIRED -> {
				log.warn("Order {} was confirmed after its stock reservation expired", order.orderId());
				if (sellFromAvailable(order.orderId(), reservation.lines(), now)) {
					reservation.sellAfterExpiry(now);
				}
				else {
					reservation.leaveUnfulfilled(now);
				}
			}
			case SOLD, UNFULFILLED -> this.metrics.confirmation("duplicate");
			case RELEASED, REJECTED, CANCELLED -> {
				log.warn("Order {} was confirmed, but its stock is {}; nothing to sell", order.orderId(),
						reservation.status());
				this.metrics.confirmation("ignored");
			}
		}
	}

	/**
	 * Gives back the stock of a cancelled order, reserved or sold (a confirmed order may
	 * be cancelled until it ships), and answers {@code StockReleased}. Nothing held,
	 * nothing done; an order cancelled before it was placed here is remembered, so that a
	 * late {@code OrderPlaced} reserves nothing.
	 * @param order the cancelled order
	 */
	public void cancel(OrderCancelled order) {
		Instant now = now();
		Optional<StockReservation> found = this.reservations.lock(order.orderId());
		if (found.isEmpty()) {
			this.reservations.save(StockReservation.cancelledBeforePlaced(order.orderId(), order.customerId(), now));
			return;
		}
		StockReservation reservation = found.get();
		if (!reservation.holdsStock()) {
			return;
		}
		boolean wasReserved = reservation.status() == StockReservation.Status.RESERVED;
		this.ledger.giveBack(reservation.lines(), now);
		reservation.release(now);
		this.outbox.publish(new StockReleased(order.orderId(), stockLines(reservation.lines()),
				StockReleased.Reason.ORDER_CANCELLED, now));
		this.metrics.release("order_cancelled");
		if (wasReserved) {
			this.metrics.held("released", reservation.createdAt(), now);
		}
	}

	private boolean sellFromAvailable(UUID orderId, List<ReservedLine> lines, Instant now) {
		Map<UUID, Optional<Product>> locked = this.ledger.lock(lines);
		List<StockShortfall> shortfalls = StockLedger.shortfalls(lines, locked);
		if (!shortfalls.isEmpty()) {
			log.error("Order {} is confirmed but stock cannot cover it any more ({}); nothing was taken, so "
					+ "nothing is oversold: it needs a refund or a restock by hand", orderId, shortfalls);
			this.metrics.confirmation("unfulfilled");
			return false;
		}
		// No stock event tells other instances about this move: ProductUpdated does.
		this.ledger.take(lines, locked, now).forEach(this.productEvents::updated);
		log.warn("Order {} was sold from the stock available at its confirmation", orderId);
		this.metrics.confirmation("sold_after_expiry");
		return true;
	}

	private static ReservedLine line(OrderLine line) {
		return new ReservedLine(line.productId(), line.quantity());
	}

	private static List<StockLine> stockLines(List<ReservedLine> lines) {
		return lines.stream().map((line) -> new StockLine(line.productId(), line.quantity())).toList();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
