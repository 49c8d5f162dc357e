package nexus.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nexus.bench.load.OrderState;
import nexus.bench.load.Placement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryTest {

	private static final long SECOND = 1_000_000_000L;

	private static final Instant INJECTED_AT = Instant.parse("2026-12-01T10:00:00Z");

	// The fault begins 10 s into the phase.
	private static final long INJECTED = 10 * SECOND;

	@Test
	void theFirstAcceptedOrderAfterTheFirstFailureMarksTheRecovery() {
		List<Placement> placements = new ArrayList<>();
		placements.add(accepted("o1", 9 * SECOND));
		placements.add(failed(11 * SECOND, 503));
		placements.add(accepted("o2", 12 * SECOND));
		placements.add(failed(13 * SECOND, 0));
		placements.add(failed(14 * SECOND, 503));
		placements.add(accepted("o3", 15 * SECOND));
		placements.add(accepted("o4", 16 * SECOND));
		Map<String, OrderState> orders = final_("o1", 9, 11, "o2", 12, 14, "o3", 15, 40, "o4", 16, 17);

		Recovery recovery = Recovery.of(placements, INJECTED, INJECTED_AT, orders);

		assertThat(recovery.failed()).isEqualTo(3);
		// o2 was sent at 12 s and answered 100 ms later: 2.1 s after the fault began.
		assertThat(recovery.firstSuccess()).isEqualTo(Duration.ofMillis(2_100));
		// The last order of the phase became final 40 s after the fault began (o3).
		assertThat(recovery.drained()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void noFailureMeansNothingToRecoverFrom() {
		List<Placement> placements = List.of(failed(5 * SECOND, 503), accepted("o1", 11 * SECOND));

		Recovery recovery = Recovery.of(placements, INJECTED, INJECTED_AT, final_("o1", 11, 12));

		// The failure before the fault does not count.
		assertThat(recovery.failed()).isZero();
		assertThat(recovery.firstSuccess()).isEqualTo(Duration.ZERO);
	}

	@Test
	void aPhaseWithNoAcceptedOrderAfterAFailureOrWithAnOpenOrderHasNotRecovered() {
		List<Placement> placements = List.of(accepted("o1", 11 * SECOND), failed(12 * SECOND, 0));
		Map<String, OrderState> orders = Map.of("o1",
				new OrderState("o1", "c", "PENDING", null, at(11), null, List.of(new OrderState.Line("p", 1))));

		Recovery recovery = Recovery.of(placements, INJECTED, INJECTED_AT, orders);

		assertThat(recovery.failed()).isEqualTo(1);
		assertThat(recovery.firstSuccess()).isNull();
		assertThat(recovery.drained()).isNull();
	}

	static Placement accepted(String orderId, long sent) {
		return new Placement(sent, sent, sent + 100_000_000L, 202, orderId, null, "c", "p", 1);
	}

	static Placement failed(long sent, int status) {
		return new Placement(sent, sent, sent + 100_000_000L, status, null,
				(status == 0) ? "timeout" : "service-unavailable", "c", "p", 1);
	}

	// id, placed second, final second, ... (seconds of the phase; the fault at 10 s)
	static Map<String, OrderState> final_(Object... triples) {
		Map<String, OrderState> orders = new LinkedHashMap<>();
		for (int i = 0; i < triples.length; i += 3) {
			String id = (String) triples[i];
			orders.put(id, new OrderState(id, "c", "CONFIRMED", null, at((Integer) triples[i + 1]),
					at((Integer) triples[i + 2]), List.of(new OrderState.Line("p", 1))));
		}
		return orders;
	}

	static Instant at(int phaseSecond) {
		return INJECTED_AT.plusSeconds(phaseSecond - 10);
	}

}
