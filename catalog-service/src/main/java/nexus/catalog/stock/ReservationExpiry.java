package nexus.catalog.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives back the stock of reservations whose order was not confirmed in time, and says so
 * with a release the reservation registers (published as {@code StockReleased(EXPIRED)}).
 * One reservation per transaction, picked with {@code FOR UPDATE SKIP LOCKED}, so any
 * number of instances share the work and none waits for another.
 */
@Component
class ReservationExpiry {

	private static final Logger log = LoggerFactory.getLogger(ReservationExpiry.class);

	private final ReservationRepository reservations;

	private final StockMoves moves;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final StockProperties properties;

	private final StockMetrics metrics;

	private final Clock clock;

	ReservationExpiry(ReservationRepository reservations, StockMoves moves, JdbcClient jdbc,
			TransactionTemplate transactions, StockProperties properties, StockMetrics metrics, Clock clock) {
		this.reservations = reservations;
		this.moves = moves;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.properties = properties;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${nexus.catalog.stock.expiry-interval:10s}",
			fixedDelayString = "${nexus.catalog.stock.expiry-interval:10s}")
	void expireDueNow() {
		int expired = expireDue(this.clock.instant());
		if (expired > 0) {
			log.info("Released the stock of {} expired reservations", expired);
		}
	}

	/**
	 * Releases reservations due at a given time, up to the batch size.
	 * @param now the time to judge by
	 * @return how many were released
	 */
	public int expireDue(Instant now) {
		Instant at = now.truncatedTo(ChronoUnit.MICROS);
		int expired = 0;
		while (expired < this.properties.expiryBatchSize()
				&& Boolean.TRUE.equals(this.transactions.execute((status) -> expireOne(at)))) {
			expired++;
		}
		return expired;
	}

	private boolean expireOne(Instant now) {
		Optional<UUID> due = this.jdbc.sql("""
				SELECT order_id FROM stock_reservation
				WHERE status = 'RESERVED' AND expires_at <= :now
				ORDER BY expires_at
				LIMIT 1
				FOR UPDATE SKIP LOCKED
				""").param("now", now.atOffset(ZoneOffset.UTC)).query(UUID.class).optional();
		if (due.isEmpty()) {
			return false;
		}
		StockReservation reservation = this.reservations.findById(due.get()).orElseThrow();
		this.moves.release(reservation.lines(), now);
		reservation.expire(now);
		this.reservations.save(reservation);
		this.metrics.release("expired");
		this.metrics.held("expired", reservation.createdAt(), now);
		log.info("Reservation of order {} expired unconfirmed; its stock is back", reservation.orderId());
		return true;
	}

}
