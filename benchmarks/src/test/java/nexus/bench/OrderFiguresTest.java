package nexus.bench;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nexus.bench.load.OrderBook;
import nexus.bench.load.OrderLoad.LoadWindow;
import nexus.bench.load.OrderState;
import nexus.bench.load.Placement;
import nexus.bench.measure.Latency;
import nexus.bench.measure.StackProcesses;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OrderFiguresTest {

	private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

	private static final long S = 1_000_000_000L;

	@Test
	void figuresComeFromTheClientsViewAndOrderServicesTimestamps() {
		// Two seconds of sending, from nanoTime 1000 s.
		long t0 = 1000 * S;
		List<Placement> placements = List.of(accepted(t0, 20, "o1"), accepted(t0 + S / 2, 40, "o2"),
				accepted(t0 + S, 60, "o3"), accepted(t0 + S + S / 2, 80, "o4"),
				new Placement(t0 + S, t0 + S, t0 + S + 5 * S / 1000, 503, null, "service-unavailable", "c", "p", 1),
				new Placement(t0 + S, t0 + S, t0 + 31 * S, 0, null, "timeout", "c", "p", 1));
		LoadWindow window = new LoadWindow(START, t0, t0 + 2 * S, placements, Latency.NONE);
		Map<String, OrderState> orders = new LinkedHashMap<>();
		orders.put("o1", order("o1", "CONFIRMED", null, 0, 100));
		orders.put("o2", order("o2", "CONFIRMED", null, 500, 700));
		orders.put("o3", order("o3", "CANCELLED", "PAYMENT_UNAVAILABLE", 1000, 1300));
		// Confirmed after sending stopped: part of the backlog, and drained 1.5 s after.
		orders.put("o4", order("o4", "CONFIRMED", null, 1500, 3500));
		OrderBook.Settlement settlement = new OrderBook.Settlement(orders, List.of(), START.plusMillis(3500));
		// The timed-out request's order: order-service made it and confirmed it.
		OrderState unseen = order("o5", "CONFIRMED", null, 1000, 1200);

		Results.OrderScenario figures = OrderFigures.of("closed 2 clients", 2, 0, window, settlement, List.of(unseen),
				3, 0, Map.of("order-service", 0.375, "gateway", 0.1875, StackProcesses.GENERATOR, 0.75), 4.0, 0.5);

		assertThat(figures.sent()).isEqualTo(6);
		assertThat(figures.accepted()).isEqualTo(4);
		assertThat(figures.acceptedPerSecond()).isEqualTo(2.0);
		assertThat(figures.confirmed()).isEqualTo(4);
		assertThat(figures.madeWithoutAcceptance()).isEqualTo(1);
		// Four confirmed from the start to the last confirmation, 3.5 s later.
		assertThat(figures.confirmedPerSecond()).isCloseTo(4 / 3.5, within(0.001));
		assertThat(figures.placedToConfirmed().count()).isEqualTo(4);
		assertThat(figures.placedToConfirmed().max()).isCloseTo(2000, within(5.0));
		assertThat(figures.post().count()).isEqualTo(6);
		assertThat(figures.post().max()).isGreaterThan(30_000);
		assertThat(figures.outcomes()).containsEntry("CONFIRMED", 3L)
			.containsEntry("CANCELLED PAYMENT_UNAVAILABLE", 1L)
			.containsEntry("not accepted: 503 service-unavailable", 1L)
			.containsEntry("not accepted: timeout", 1L)
			.containsEntry("made without a 202 (answered 5xx or not at all), CONFIRMED", 1L);
		assertThat(figures.httpCodes()).containsEntry("202", 4L).containsEntry("503", 1L).containsEntry("timeout", 1L);
		assertThat(figures.backlogAtEnd()).isEqualTo(1);
		assertThat(figures.drainedAfterSeconds()).isEqualTo(1.5);
		assertThat(figures.openBefore()).isEqualTo(3);
		assertThat(figures.cpuMsPerConfirmed()).containsEntry("order-service", 93.75)
			.containsEntry("gateway", 46.875)
			.containsEntry("stack", 140.625)
			.containsEntry(StackProcesses.GENERATOR, 187.5);
		assertThat(figures.generatorCores()).isEqualTo(0.1875);
		assertThat(figures.otherCores()).isEqualTo(0.5);
		assertThat(figures.series()).hasSize(4);
		assertThat(figures.series().get(0).sent()).isEqualTo(2);
		assertThat(figures.series().get(1).sent()).isEqualTo(4);
		assertThat(figures.series().get(3).confirmed()).isEqualTo(1);
	}

	@Test
	void aBacklogThatDidNotDrainSaysSo() {
		long t0 = 5 * S;
		LoadWindow window = new LoadWindow(START, t0, t0 + S, List.of(accepted(t0, 10, "o1")), Latency.NONE);
		OrderState pending = new OrderState("o1", "c", "AWAITING_PAYMENT", null, START, null, List.of());
		OrderBook.Settlement settlement = new OrderBook.Settlement(Map.of("o1", pending), List.of("o1"), null);

		Results.OrderScenario figures = OrderFigures.of("paced 1/s", 0, 1, window, settlement, List.of(), 0, 0,
				Map.of(), 1, -1);

		assertThat(figures.drainedAfterSeconds()).isNull();
		assertThat(figures.stillOpen()).isEqualTo(1);
		assertThat(figures.backlogAtEnd()).isEqualTo(1);
		assertThat(figures.outcomes()).containsEntry("still AWAITING_PAYMENT", 1L);
		assertThat(figures.confirmedPerSecond()).isZero();
		assertThat(figures.cpuMsPerConfirmed()).isEmpty();
	}

	private static Placement accepted(long sent, long millis, String id) {
		return new Placement(sent, sent, sent + millis * 1_000_000, 202, id, null, "c", "p", 1);
	}

	private static OrderState order(String id, String status, String reason, long placedMs, long settledMs) {
		return new OrderState(id, "c", status, reason, START.plusMillis(placedMs), START.plusMillis(settledMs),
				List.of(new OrderState.Line("p", 1)));
	}

}
