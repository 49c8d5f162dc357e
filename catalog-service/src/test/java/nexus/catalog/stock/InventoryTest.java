package nexus.catalog.stock;

import java.time.Instant;
import java.util.UUID;

import nexus.testsupport.AggregateEvents;
import nexus.platform.domain.InvalidValue;
import nexus.platform.domain.StateConflict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The inventory's rules, without Spring: units move between available, reserved and sold,
 * or come and go by adjustments; the sum of the adjustments is always available +
 * reserved + sold.
 */
class InventoryTest {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private static final int THRESHOLD = 5;

	private static final UUID ADMIN = UUID.randomUUID();

	@Test
	void reservingMovesUnitsFromAvailableToReservedAndNeverMoreThanIsAvailable() {
		Inventory inventory = stocked(10);

		inventory.reserve(4, NOW, THRESHOLD);

		assertThat(inventory.available()).isEqualTo(6);
		assertThat(inventory.reserved()).isEqualTo(4);
		assertThat(inventory.canSupply(6)).isTrue();
		assertThat(inventory.canSupply(7)).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> inventory.reserve(7, NOW, THRESHOLD));
		assertThat(inventory.available()).isEqualTo(6);
		assertThat(inventory.total()).isEqualTo(10);
	}

	@Test
	void aReleaseGivesReservedUnitsBackAndAConfirmationSellsThem() {
		Inventory inventory = stocked(10);
		inventory.reserve(4, NOW, THRESHOLD);
		inventory.reserve(3, NOW, THRESHOLD);

		inventory.release(4, NOW);
		inventory.sell(3, NOW);

		assertThat(inventory.available()).isEqualTo(7);
		assertThat(inventory.reserved()).isZero();
		assertThat(inventory.sold()).isEqualTo(3);
		assertThatIllegalStateException().isThrownBy(() -> inventory.release(1, NOW));
		assertThatIllegalStateException().isThrownBy(() -> inventory.sell(1, NOW));
		assertThat(inventory.total()).isEqualTo(10);
	}

	@Test
	void aLateConfirmationSellsFromAvailableAndACancelledSaleComesBack() {
		Inventory inventory = stocked(10);

		inventory.sellFromAvailable(6, NOW, THRESHOLD);
		assertThat(inventory.available()).isEqualTo(4);
		assertThat(inventory.sold()).isEqualTo(6);
		assertThatIllegalStateException().isThrownBy(() -> inventory.sellFromAvailable(5, NOW, THRESHOLD));

		inventory.refund(2, NOW);
		assertThat(inventory.available()).isEqualTo(6);
		assertThat(inventory.sold()).isEqualTo(4);
		assertThatIllegalStateException().isThrownBy(() -> inventory.refund(5, NOW));
		assertThat(inventory.total()).isEqualTo(10);
	}

	@Test
	void adjustmentsAreDeltasWithAReasonAndWhoMadeThem() {
		Inventory inventory = stocked(10);
		inventory.reserve(3, NOW, THRESHOLD);

		StockAdjustment restock = inventory.adjust(5, " Delivery ", ADMIN, NOW, THRESHOLD);
		StockAdjustment writeOff = inventory.adjust(-2, "Damaged", ADMIN, NOW, THRESHOLD);

		assertThat(restock.view()).satisfies((line) -> {
			assertThat(line.delta()).isEqualTo(5);
			assertThat(line.reason()).isEqualTo("Delivery");
			assertThat(line.actorId()).isEqualTo(ADMIN);
			assertThat(line.availableAfter()).isEqualTo(12);
		});
		assertThat(writeOff.view().availableAfter()).isEqualTo(10);
		assertThat(inventory.reserved()).as("reservations are untouched").isEqualTo(3);
		// The invariant: the adjustments add up to available + reserved + sold.
		assertThat(inventory.total()).isEqualTo(10 + 5 - 2);
	}

	@Test
	void aWriteOffOfMoreThanIsAvailableIsRefusedAndChangesNothing() {
		Inventory inventory = stocked(10);
		inventory.reserve(8, NOW, THRESHOLD);

		assertThatExceptionOfType(StateConflict.class)
			.isThrownBy(() -> inventory.adjust(-3, "Lost", ADMIN, NOW, THRESHOLD))
			.satisfies((refusal) -> {
				assertThat(refusal.slug()).isEqualTo("write-off-exceeds-available");
				assertThat(refusal.detail()).contains("2 units available");
			});
		assertThat(inventory.available()).isEqualTo(2);
		assertThat(inventory.reserved()).isEqualTo(8);
		inventory.adjust(-2, "Lost", ADMIN, NOW, THRESHOLD);
		assertThat(inventory.available()).isZero();
	}

	@Test
	void anAdjustmentNeedsADeltaAndAReason() {
		Inventory inventory = stocked(10);

		assertThatExceptionOfType(InvalidValue.class)
			.isThrownBy(() -> inventory.adjust(0, "Nothing", ADMIN, NOW, THRESHOLD));
		assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> inventory.adjust(1, " ", ADMIN, NOW, THRESHOLD));
		assertThatExceptionOfType(InvalidValue.class)
			.isThrownBy(() -> inventory.adjust(1, "x".repeat(201), ADMIN, NOW, THRESHOLD));
		assertThatExceptionOfType(StateConflict.class)
			.isThrownBy(() -> inventory.adjust(Inventory.MAX_UNITS, "Too much", ADMIN, NOW, THRESHOLD));
		assertThat(inventory.total()).isEqualTo(10);
	}

	@Test
	void lowStockIsAnnouncedOnceWhenAvailableStockFallsToTheThreshold() {
		Inventory inventory = stocked(7);
		assertThat(AggregateEvents.of(inventory)).as("a new inventory was never above the threshold").isEmpty();

		inventory.reserve(1, NOW, THRESHOLD);
		assertThat(AggregateEvents.of(inventory)).isEmpty();
		inventory.reserve(1, NOW, THRESHOLD);
		inventory.reserve(1, NOW, THRESHOLD);
		inventory.adjust(-1, "Damaged", ADMIN, NOW, THRESHOLD);

		assertThat(AggregateEvents.of(inventory)).singleElement()
			.isEqualTo(new StockFellLow(inventory.productId(), 5, THRESHOLD, NOW));

		inventory.release(3, NOW);
		AggregateEvents.clear(inventory);
		inventory.sellFromAvailable(4, NOW, THRESHOLD);
		assertThat(AggregateEvents.of(inventory)).singleElement()
			.isEqualTo(new StockFellLow(inventory.productId(), 2, THRESHOLD, NOW));
	}

	private static Inventory stocked(int units) {
		Inventory inventory = Inventory.open(UUID.randomUUID(), NOW);
		inventory.adjust(units, "Initial stock", ADMIN, NOW, THRESHOLD);
		return inventory;
	}

}
