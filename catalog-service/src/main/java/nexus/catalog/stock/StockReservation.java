package nexus.catalog.stock;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The stock an order holds, and where that stands. One per order: it also remembers
 * orders whose stock was refused or that were cancelled before they were placed, so that
 * a late or repeated {@code OrderPlaced} never reserves for them.
 *
 * <pre>
 * RESERVED --confirm--> SOLD --cancel--> RELEASED
 *    |  \--cancel--> RELEASED
 *    \--expire--> EXPIRED --late confirm, stock there--> SOLD
 *                        \--late confirm, stock gone--> UNFULFILLED
 * REJECTED, CANCELLED (before placed): hold nothing, final
 * </pre>
 */
@Entity
@Table(name = "stock_reservation")
public class StockReservation extends AbstractAggregateRoot<StockReservation> {

	@Id
	private UUID orderId;

	private UUID customerId;

	@Enumerated(EnumType.STRING)
	private Status status;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "stock_reservation_line", joinColumns = @JoinColumn(name = "order_id"))
	private List<ReservedLine> lines;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected StockReservation() {
	}

	private StockReservation(UUID orderId, UUID customerId, Status status, List<ReservedLine> lines, Instant now,
			Instant expiresAt) {
		this.orderId = orderId;
		this.customerId = customerId;
		this.status = status;
		this.lines = List.copyOf(lines);
		this.createdAt = now;
		this.updatedAt = now;
		this.expiresAt = expiresAt;
	}

	/**
	 * Stock held for an order, until it is confirmed, cancelled or the time runs out.
	 * @param orderId the order
	 * @param customerId who placed it
	 * @param lines what is held, at least one line
	 * @param now when
	 * @param timeToLive how long it is held unconfirmed
	 * @return the reservation
	 */
	static StockReservation reserved(UUID orderId, UUID customerId, List<ReservedLine> lines, Instant now,
			Duration timeToLive) {
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("A reservation holds at least one line");
		}
		StockReservation reservation = new StockReservation(orderId, customerId, Status.RESERVED, lines, now,
				now.plus(timeToLive));
		reservation.registerEvent(new ReservationEvent.Held(orderId, reservation.lines(), now, reservation.expiresAt));
		return reservation;
	}

	/**
	 * An order whose stock could not all be reserved; nothing is held.
	 * @param orderId the order
	 * @param customerId who placed it
	 * @param shortfalls the lines that fell short, at least one
	 * @param now when
	 * @return the record of the refusal
	 */
	static StockReservation rejected(UUID orderId, UUID customerId, List<Shortfall> shortfalls, Instant now) {
		if (shortfalls.isEmpty()) {
			throw new IllegalArgumentException("A rejection names at least one shortfall");
		}
		StockReservation reservation = new StockReservation(orderId, customerId, Status.REJECTED, List.of(), now, null);
		reservation.registerEvent(new ReservationEvent.Refused(orderId, List.copyOf(shortfalls), now));
		return reservation;
	}

	/**
	 * An order cancelled before its stock was reserved; nothing is held, and nothing will
	 * be.
	 * @param orderId the order
	 * @param customerId who placed it
	 * @param now when
	 * @return the record of the cancellation
	 */
	static StockReservation cancelledBeforePlaced(UUID orderId, UUID customerId, Instant now) {
		return new StockReservation(orderId, customerId, Status.CANCELLED, List.of(), now, null);
	}

	/**
	 * A confirmed order that arrived with no live reservation: it is sold from the stock
	 * available now.
	 * @param orderId the order
	 * @param customerId who placed it
	 * @param lines what was sold
	 * @param now when
	 * @return the reservation, sold
	 */
	static StockReservation soldWithoutReservation(UUID orderId, UUID customerId, List<ReservedLine> lines,
			Instant now) {
		return new StockReservation(orderId, customerId, Status.SOLD, lines, now, null);
	}

	/**
	 * A confirmed order that arrived with no live reservation, when stock could not cover
	 * it: nothing is taken.
	 * @param orderId the order
	 * @param customerId who placed it
	 * @param lines what was ordered
	 * @param now when
	 * @return the record
	 */
	static StockReservation unfulfilledWithoutReservation(UUID orderId, UUID customerId, List<ReservedLine> lines,
			Instant now) {
		return new StockReservation(orderId, customerId, Status.UNFULFILLED, lines, now, null);
	}

	/**
	 * The order was confirmed in time: the held stock is sold.
	 * @param now when
	 */
	void sell(Instant now) {
		move(Status.RESERVED, Status.SOLD, now);
	}

	/**
	 * The order was confirmed after the reservation expired, and stock could cover it
	 * again: it is sold from the stock available now.
	 * @param now when
	 */
	void sellAfterExpiry(Instant now) {
		move(Status.EXPIRED, Status.SOLD, now);
	}

	/**
	 * The order was confirmed after the reservation expired, and stock can no longer
	 * cover it: nothing is taken, so nothing is oversold.
	 * @param now when
	 */
	void leaveUnfulfilled(Instant now) {
		move(Status.EXPIRED, Status.UNFULFILLED, now);
	}

	/**
	 * The order was cancelled: what it holds, reserved or sold but not shipped, goes back
	 * to stock.
	 * @param now when
	 */
	void release(Instant now) {
		if (!holdsStock()) {
			throw new IllegalStateException("Reservation " + this.orderId + " is " + this.status + ", holds nothing");
		}
		this.status = Status.RELEASED;
		this.updatedAt = now;
		this.expiresAt = null;
		registerEvent(new ReservationEvent.Released(this.orderId, lines(), false, now));
	}

	/**
	 * The order was not confirmed in time: the held stock goes back.
	 * @param now when
	 */
	void expire(Instant now) {
		if (!isDue(now)) {
			throw new IllegalStateException("Reservation " + this.orderId + " is not due at " + now);
		}
		move(Status.RESERVED, Status.EXPIRED, now);
		registerEvent(new ReservationEvent.Released(this.orderId, lines(), true, now));
	}

	/**
	 * Whether it still holds stock (reserved, or sold and not shipped).
	 * @return whether it does
	 */
	boolean holdsStock() {
		return this.status == Status.RESERVED || this.status == Status.SOLD;
	}

	boolean isDue(Instant now) {
		return this.status == Status.RESERVED && !this.expiresAt.isAfter(now);
	}

	private void move(Status from, Status to, Instant now) {
		if (this.status != from) {
			throw new IllegalStateException("Reservation " + this.orderId + " is " + this.status + ", not " + from);
		}
		this.status = to;
		this.updatedAt = now;
		if (to != Status.RESERVED) {
			this.expiresAt = null;
		}
	}

	public UUID orderId() {
		return this.orderId;
	}

	public Status status() {
		return this.status;
	}

	public List<ReservedLine> lines() {
		return List.copyOf(this.lines);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant expiresAt() {
		return this.expiresAt;
	}

	/** Where a reservation stands. */
	public enum Status {

		/** Stock is held, waiting for the order's confirmation. */
		RESERVED,

		/** The order was confirmed; the stock is sold. */
		SOLD,

		/** The order was cancelled; the stock went back. */
		RELEASED,

		/** It was not confirmed in time; the stock went back. */
		EXPIRED,

		/** Stock could not cover the order; nothing was held. */
		REJECTED,

		/** Confirmed after it expired, when stock could no longer cover it. */
		UNFULFILLED,

		/** The order was cancelled before it was placed here; nothing was held. */
		CANCELLED

	}

}
