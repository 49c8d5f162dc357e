package nexus.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nexus.bench.load.OrderBook;
import nexus.bench.load.OrderLoad.LoadWindow;
import nexus.bench.load.OrderState;
import nexus.bench.load.Placement;
import nexus.bench.measure.Latency;
import nexus.bench.measure.StackProcesses;
import org.HdrHistogram.Histogram;

/**
 * Turns what an order scenario recorded (the client's view and order-service's own
 * timestamps) into its figures.
 */
final class OrderFigures {

	private OrderFigures() {
	}

	/**
	 * The figures of one order scenario.
	 * @param name its name
	 * @param clients closed loop: clients, else 0
	 * @param targetRate paced: the rate, else 0
	 * @param window what the load did
	 * @param settlement its orders once they were final (or the wait ended)
	 * @param unseen orders order-service made for the scenario's requests that were
	 * answered with a server error or not at all
	 * @param openBefore orders of earlier scenarios still open when it started
	 * @param recoverySeconds how long the gateway took to answer again before it
	 * @param cpuSeconds CPU per process over the scenario and its drain
	 * @param wallSeconds how long that was
	 * @param otherCores the machine's other load meanwhile, in cores
	 * @return the figures
	 */
	static Results.OrderScenario of(String name, int clients, double targetRate, LoadWindow window,
			OrderBook.Settlement settlement, List<OrderState> unseen, int openBefore, double recoverySeconds,
			Map<String, Double> cpuSeconds, double wallSeconds, double otherCores) {
		List<Placement> placements = window.placements();
		Map<String, OrderState> orders = settlement.orders();
		Histogram post = Latency.histogram();
		Histogram saga = Latency.histogram();
		Map<String, Long> codes = new TreeMap<>();
		Map<String, Long> outcomes = new TreeMap<>();
		long accepted = 0;
		long confirmed = 0;
		long backlog = 0;
		Instant lastConfirmed = null;
		Instant end = window.endedAt();
		for (Placement placement : placements) {
			Latency.record(post, placement.latencyNanos());
			codes.merge(placement.code(), 1L, Long::sum);
			if (!placement.accepted()) {
				outcomes.merge("not accepted: " + placement.code()
						+ ((placement.failure() != null && placement.status() != 0) ? " " + placement.failure() : ""),
						1L, Long::sum);
				continue;
			}
			accepted++;
			OrderState order = orders.get(placement.orderId());
			if (order == null) {
				outcomes.merge("unknown to order-service", 1L, Long::sum);
				continue;
			}
			outcomes.merge(order.settled() ? order.outcome() : "still " + order.status(), 1L, Long::sum);
			if (!order.settled() || order.settledAt().isAfter(end)) {
				backlog++;
			}
		}
		for (OrderState order : unseen) {
			outcomes.merge("made without a 202 (answered 5xx or not at all), "
					+ (order.settled() ? order.outcome() : "still " + order.status()), 1L, Long::sum);
		}
		List<OrderState> made = new ArrayList<>();
		placements.stream()
			.filter(Placement::accepted)
			.map((placement) -> orders.get(placement.orderId()))
			.filter(java.util.Objects::nonNull)
			.forEach(made::add);
		made.addAll(unseen);
		for (OrderState order : made) {
			if (order.confirmed() && order.sagaDuration() != null) {
				confirmed++;
				Latency.record(saga, order.sagaDuration().toNanos());
				if (lastConfirmed == null || order.settledAt().isAfter(lastConfirmed)) {
					lastConfirmed = order.settledAt();
				}
			}
		}
		double seconds = window.seconds();
		double confirmedPerSecond = (lastConfirmed != null)
				? confirmed / Math.max(seconds, Duration.between(window.startedAt(), lastConfirmed).toNanos() / 1e9)
				: 0;
		Double drained = null;
		if (settlement.allFinal()) {
			drained = (settlement.lastSettledAt() != null)
					? Math.max(0, Duration.between(end, settlement.lastSettledAt()).toMillis() / 1000.0) : 0.0;
		}
		Map<String, Double> perOrder = new LinkedHashMap<>();
		if (confirmed > 0) {
			double total = 0;
			for (Map.Entry<String, Double> entry : cpuSeconds.entrySet()) {
				perOrder.put(entry.getKey(), entry.getValue() * 1000 / confirmed);
				if (!entry.getKey().equals(StackProcesses.GENERATOR)) {
					total += entry.getValue();
				}
			}
			perOrder.put("stack", total * 1000 / confirmed);
		}
		double generator = cpuSeconds.getOrDefault(StackProcesses.GENERATOR, 0.0) / Math.max(wallSeconds, 1e-9);
		return new Results.OrderScenario(name, clients, targetRate, seconds, placements.size(), accepted,
				placements.size() / seconds, accepted / seconds, confirmed, confirmedPerSecond, Latency.of(post),
				Latency.of(saga), window.sendLag(), outcomes, codes, unseen.size(), openBefore, recoverySeconds,
				backlog, drained, settlement.open().size(), cpuSeconds, perOrder, generator, otherCores,
				series(window, orders));
	}

	private static List<Results.Second> series(LoadWindow window, Map<String, OrderState> orders) {
		int seconds = (int) Math.ceil(window.seconds());
		List<Histogram> post = new ArrayList<>();
		List<Histogram> saga = new ArrayList<>();
		long[] sent = new long[seconds];
		long[] accepted = new long[seconds];
		Map<Integer, Long> confirmations = new TreeMap<>();
		for (int i = 0; i < seconds; i++) {
			post.add(Latency.histogram());
			saga.add(Latency.histogram());
		}
		for (Placement placement : window.placements()) {
			int second = (int) Math.min(seconds - 1,
					Math.max(0, (placement.intendedNanos() - window.startNanos()) / 1_000_000_000L));
			sent[second]++;
			Latency.record(post.get(second), placement.latencyNanos());
			OrderState order = placement.accepted() ? orders.get(placement.orderId()) : null;
			if (placement.accepted()) {
				accepted[second]++;
			}
			if (order != null && order.confirmed() && order.sagaDuration() != null) {
				Latency.record(saga.get(second), order.sagaDuration().toNanos());
				int at = (int) Math.max(0, Duration.between(window.startedAt(), order.settledAt()).toSeconds());
				confirmations.merge(at, 1L, Long::sum);
			}
		}
		int last = Math.max(seconds,
				confirmations.isEmpty() ? 0 : confirmations.keySet().stream().max(Integer::compare).get() + 1);
		List<Results.Second> series = new ArrayList<>();
		for (int i = 0; i < last; i++) {
			Latency p = (i < seconds) ? Latency.of(post.get(i)) : Latency.NONE;
			Latency s = (i < seconds) ? Latency.of(saga.get(i)) : Latency.NONE;
			series.add(new Results.Second(i, (i < seconds) ? sent[i] : 0, (i < seconds) ? accepted[i] : 0,
					confirmations.getOrDefault(i, 0L), p.p50(), p.p99(), s.p50(), s.p99()));
		}
		return series;
	}

}
