package nexus.catalog.stock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StockReservationTest {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private static final Duration TTL = Duration.ofMinutes(15);

	@Test
	void aConfirmedReservationIsSoldAndCanStillBeCancelledUntilShipped() {
		StockReservation reservation = reserved();

		reservation.sell(NOW.plusSeconds(60));

		assertThat(reservation.status()).isEqualTo(StockReservation.Status.SOLD);
		assertThat(reservation.holdsStock()).isTrue();
		reservation.release(NOW.plusSeconds(120));
		assertThat(reservation.status()).isEqualTo(StockReservation.Status.RELEASED);
		assertThat(reservation.holdsStock()).isFalse();
	}

	@Test
	void aReservationExpiresOnlyOnceItIsDue() {
		StockReservation reservation = reserved();

		assertThat(reservation.expiresAt()).isEqualTo(NOW.plus(TTL));
		assertThat(reservation.isDue(NOW.plus(TTL).minusMillis(1))).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> reservation.expire(NOW.plusSeconds(60)));
		reservation.expire(NOW.plus(TTL));
		assertThat(reservation.status()).isEqualTo(StockReservation.Status.EXPIRED);
		assertThat(reservation.holdsStock()).isFalse();
	}

	@Test
	void anExpiredReservationIsEitherSoldAgainOrLeftUnfulfilled() {
		StockReservation resold = reserved();
		StockReservation unfulfilled = reserved();
		resold.expire(NOW.plus(TTL));
		unfulfilled.expire(NOW.plus(TTL));

		resold.sellAfterExpiry(NOW.plus(TTL).plusSeconds(1));
		unfulfilled.leaveUnfulfilled(NOW.plus(TTL).plusSeconds(1));

		assertThat(resold.status()).isEqualTo(StockReservation.Status.SOLD);
		assertThat(unfulfilled.status()).isEqualTo(StockReservation.Status.UNFULFILLED);
		assertThat(unfulfilled.holdsStock()).isFalse();
	}

	@Test
	void refusesTransitionsFromTheWrongState() {
		StockReservation released = reserved();
		released.release(NOW);
		StockReservation rejected = StockReservation.rejected(UUID.randomUUID(), UUID.randomUUID(),
				List.of(new Shortfall(UUID.randomUUID(), 1, 0, Shortfall.Reason.PRODUCT_UNAVAILABLE)), NOW);

		assertThatIllegalStateException().isThrownBy(() -> released.sell(NOW));
		assertThatIllegalStateException().isThrownBy(() -> released.release(NOW));
		assertThatIllegalStateException().isThrownBy(() -> rejected.sell(NOW));
		assertThatIllegalStateException().isThrownBy(() -> reserved().sellAfterExpiry(NOW));
		assertThat(rejected.holdsStock()).isFalse();
		assertThat(rejected.lines()).isEmpty();
	}

	@Test
	void mergesAnOrdersLinesPerProductInLockingOrder() {
		UUID first = new UUID(0, 1);
		UUID second = new UUID(0, 2);

		List<ReservedLine> merged = StockMoves
			.merged(List.of(new ReservedLine(second, 1), new ReservedLine(first, 2), new ReservedLine(second, 3)));

		assertThat(merged).containsExactly(new ReservedLine(first, 2), new ReservedLine(second, 4));
	}

	private static StockReservation reserved() {
		return StockReservation.reserved(UUID.randomUUID(), UUID.randomUUID(),
				List.of(new ReservedLine(UUID.randomUUID(), 2)), NOW, TTL);
	}

}
