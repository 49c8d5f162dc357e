package nexus.chaos;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nexus.bench.load.OrderState;
import nexus.bench.load.Placement;
import nexus.bench.measure.Latency;
import nexus.bench.check.Violation;
import org.HdrHistogram.Histogram;

/**
 * What one fault's phase gave: requests and their answers, how the orders ended, the
 * placed-to-final latency of the orders placed while the fault lasted, the recovery, and
 * what the checks after it found.
 *
 * @param fault the fault
 * @param sent order requests sent in the phase
 * @param accepted of which accepted (202)
 * @param answers the other answers, by HTTP status and problem type or by failure (such
 * as {@code 503 service-unavailable}, {@code timeout})
 * @param outcomes the accepted orders' final states, by status and reason
 * @param duringFault placed-to-final latency (order-service's clock) of the orders
 * accepted from the fault's start to the moment the stack was whole again
 * @param recovery how it came back
 * @param violations what the checks after the phase found broken
 * @param skipped why the fault was not injected, or {@code null}
 */
public record FaultFigures(FaultSpec fault, int sent, int accepted, Map<String, Long> answers,
		Map<String, Long> outcomes, Latency duringFault, Recovery recovery, List<Violation> violations,
		String skipped) {

	/**
	 * A fault the suite could not inject.
	 * @param fault the fault
	 * @param reason why
	 * @return its figures: none, and the reason
	 */
	public static FaultFigures skipped(FaultSpec fault, String reason) {
		return new FaultFigures(fault, 0, 0, Map.of(), Map.of(), Latency.NONE, null, List.of(), reason);
	}

	/**
	 * The figures of a phase.
	 * @param fault the fault
	 * @param placements every attempt of the phase
	 * @param orders the phase's orders as order-service holds them
	 * @param faultFromNanos when the fault began
	 * @param faultToNanos when the stack was whole again
	 * @param recovery how it came back
	 * @param violations what the checks found
	 * @return the figures
	 */
	public static FaultFigures of(FaultSpec fault, List<Placement> placements, Map<String, OrderState> orders,
			long faultFromNanos, long faultToNanos, Recovery recovery, List<Violation> violations) {
		Map<String, Long> answers = placements.stream()
			.filter((placement) -> !placement.accepted())
			.collect(Collectors.groupingBy(FaultFigures::answer, TreeMap::new, Collectors.counting()));
		List<OrderState> accepted = placements.stream()
			.filter(Placement::accepted)
			.map((placement) -> orders.get(placement.orderId()))
			.filter(java.util.Objects::nonNull)
			.toList();
		Map<String, Long> outcomes = accepted.stream()
			.collect(Collectors.groupingBy(OrderState::outcome, TreeMap::new, Collectors.counting()));
		Histogram saga = Latency.histogram();
		placements.stream()
			.filter(Placement::accepted)
			.filter((placement) -> placement.intendedNanos() >= faultFromNanos
					&& placement.intendedNanos() <= faultToNanos)
			.map((placement) -> orders.get(placement.orderId()))
			.filter(java.util.Objects::nonNull)
			.map(OrderState::sagaDuration)
			.filter(java.util.Objects::nonNull)
			.map(Duration::toNanos)
			.forEach((nanos) -> Latency.record(saga, nanos));
		int acceptedCount = (int) placements.stream().filter(Placement::accepted).count();
		return new FaultFigures(fault, placements.size(), acceptedCount, answers, outcomes, Latency.of(saga), recovery,
				List.copyOf(violations), null);
	}

	/**
	 * Whether the fault ran and nothing broke.
	 * @return {@code true} when it was injected and every check held
	 */
	public boolean passed() {
		return this.skipped == null && this.violations.isEmpty();
	}

	// A status with its problem type, so that a breaker's 503 and an overload's 503
	// differ.
	private static String answer(Placement placement) {
		return (placement.status() != 0 && placement.failure() != null) ? placement.status() + " " + placement.failure()
				: placement.code();
	}

	static String counts(Map<String, Long> counts) {
		if (counts.isEmpty()) {
			return "-";
		}
		return counts.entrySet()
			.stream()
			.map((entry) -> entry.getValue() + " " + entry.getKey())
			.collect(Collectors.joining(", "));
	}

}
