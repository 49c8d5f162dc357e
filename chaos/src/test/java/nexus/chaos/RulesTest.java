package nexus.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nexus.bench.check.Violation;
import nexus.bench.load.OrderState;
import nexus.bench.load.Placement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RulesTest {

	private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void aDeadLetterAboutTheRunsOwnOrderIsAViolationNamingItAndOthersAreExplained() {
		DeadLetters.Letter old = letter("d1", "some-order");
		DeadLetters.Letter ours = letter("d2", "order-42");
		DeadLetters.Letter foreign = letter("d3", "poison-from-elsewhere");

		DeadLetterRule.Result result = DeadLetterRule.check(Set.of("d1"), List.of(old, ours, foreign),
				Set.of("order-42", "product-7"));

		assertThat(result.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(DeadLetterRule.RULE);
			assertThat(violation.ids()).containsExactly("order-42", "d2");
			assertThat(violation.detail()).contains("catalog-service", "IllegalStateException boom");
		});
		assertThat(result.explained()).hasSize(2)
			.anySatisfy((line) -> assertThat(line).startsWith("d1").endsWith("there before the run began"))
			.anySatisfy((line) -> assertThat(line).startsWith("d3").endsWith("not about anything the run made"));
	}

	@Test
	void noDeadLetterIsNoViolation() {
		DeadLetterRule.Result result = DeadLetterRule.check(Set.of(), List.of(), Set.of("order-42"));

		assertThat(result.violations()).isEmpty();
		assertThat(result.explained()).isEmpty();
	}

	@Test
	void anOrderThatBecameFinalAfterItsDeadlineIsNamed() {
		OrderState quick = order("o1", "CONFIRMED", 0, 30);
		OrderState late = order("o2", "CANCELLED", 0, 400);
		OrderState open = order("o3", "PENDING", 0, -1);

		List<Violation> violations = DeadlineRule.check(List.of(quick, late, open), Duration.ofMinutes(5));

		assertThat(violations).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(DeadlineRule.RULE);
			assertThat(violation.ids()).containsExactly("o2");
			assertThat(violation.detail()).contains("later than 300 s", "after 400 s");
		});
		assertThat(DeadlineRule.check(List.of(quick, open), Duration.ofMinutes(5))).isEmpty();
	}

	@Test
	void aPhasesFiguresCountAnswersOutcomesAndTheLatencyOfOrdersPlacedDuringTheFault() {
		long second = 1_000_000_000L;
		List<Placement> placements = List.of(RecoveryTest.accepted("o1", 1 * second),
				RecoveryTest.accepted("o2", 11 * second), RecoveryTest.failed(12 * second, 503),
				RecoveryTest.failed(13 * second, 0), RecoveryTest.accepted("o3", 14 * second));
		Map<String, OrderState> orders = Map.of("o1", order("o1", "CONFIRMED", 1, 2), "o2",
				order("o2", "CONFIRMED", 11, 41), "o3", order("o3", "CANCELLED", 14, 16));
		FaultSpec fault = new FaultSpec(FaultSpec.Kind.KILL, "kafka", Duration.ZERO);
		Recovery recovery = Recovery.of(placements, 10 * second, T0.plusSeconds(10), orders);

		FaultFigures figures = FaultFigures.of(fault, placements, orders, 10 * second, 15 * second, recovery,
				List.of());

		assertThat(figures.sent()).isEqualTo(5);
		assertThat(figures.accepted()).isEqualTo(3);
		assertThat(figures.answers()).containsExactly(Map.entry("503 service-unavailable", 1L),
				Map.entry("timeout", 1L));
		assertThat(figures.outcomes()).containsExactly(Map.entry("CANCELLED", 1L), Map.entry("CONFIRMED", 2L));
		// o2 and o3 were placed during the fault: 30 s and 2 s from placed to final.
		assertThat(figures.duringFault().count()).isEqualTo(2);
		assertThat(figures.duringFault().max()).isBetween(29_900.0, 30_100.0);
		assertThat(figures.passed()).isTrue();
		String line = ChaosTable.line(5, figures);
		assertThat(line)
			.startsWith(
					"| 5 | kill -9 kafka | 5 | 3 | 1 503 service-unavailable, 1 timeout | 1 CANCELLED, 2 CONFIRMED |")
			.contains("(2 orders) | 2 | 4.1 s | 31.0 s | all held |");
	}

	@Test
	void aSkippedFaultIsPrintedWithItsReasonAndNeverAsPassed() {
		FaultFigures skipped = FaultFigures
			.skipped(new FaultSpec(FaultSpec.Kind.PAUSE, "gateway", Duration.ofSeconds(20)), "no kill command");
		ChaosResult result = new ChaosResult(List.of(skipped), List.of(), null, List.of(), 12);

		assertThat(skipped.passed()).isFalse();
		assertThat(ChaosTable.markdown(result)).contains("SKIPPED: no kill command")
			.contains("0 of 1 faults injected, 0 with every check holding; 1 skipped")
			.contains("SKIPPED pause:gateway:20s: no kill command");
	}

	@Test
	void aBrokenInvariantIsListedWithItsIds() {
		Violation broken = new Violation("charged-at-most-once", "order captured 2 times (0 refunded)",
				List.of("o9", "pi_1", "pi_2"));
		ChaosResult result = new ChaosResult(List.of(), List.of(broken), null, List.of(), 1);

		assertThat(result.passed()).isFalse();
		assertThat(ChaosTable.markdown(result))
			.contains("BROKEN:\n  charged-at-most-once: order captured 2 times (0 refunded) [o9, pi_1, pi_2]");
	}

	private static DeadLetters.Letter letter(String id, String key) {
		return new DeadLetters.Letter("catalog-service", id, "catalog-service", "nexus.orders.v1", key,
				"nexus.order.placed.v1", "IllegalStateException", "boom", "PENDING");
	}

	private static OrderState order(String id, String status, int placed, int settled) {
		return new OrderState(id, "c", status, null, T0.plusSeconds(placed),
				(settled >= 0) ? T0.plusSeconds(settled) : null, List.of(new OrderState.Line("p", 1)));
	}

}
