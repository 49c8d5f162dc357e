package nexus.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nexus.bench.load.OrderState;
import nexus.bench.load.Placement;

/**
 * How a stack came back from a fault, from what the clients saw and what order-service
 * recorded: when the first order after the last failed request was accepted, and when the
 * last order of the phase became final (the backlog drained).
 *
 * @param failed requests sent after the fault began that were not accepted
 * @param firstSuccess from the fault to the answer of the first accepted order after the
 * first failed request; {@link Duration#ZERO} when no request failed; {@code null} when
 * none was accepted after it
 * @param drained from the fault to the moment the last order of the phase became final
 * (by order-service's clock); {@code null} while one is not final
 */
public record Recovery(int failed, Duration firstSuccess, Duration drained) {

	/**
	 * Works it out.
	 * @param placements every attempt of the phase
	 * @param injectedNanos when the fault began ({@link System#nanoTime()})
	 * @param injectedAt the same moment by the wall clock
	 * @param orders the phase's orders as order-service holds them, by id
	 * @return the recovery
	 */
	public static Recovery of(List<Placement> placements, long injectedNanos, Instant injectedAt,
			Map<String, OrderState> orders) {
		List<Placement> after = placements.stream()
			.filter((placement) -> placement.intendedNanos() >= injectedNanos)
			.sorted(Comparator.comparingLong(Placement::intendedNanos))
			.toList();
		int firstFailure = -1;
		int failed = 0;
		for (int i = 0; i < after.size(); i++) {
			if (!after.get(i).accepted()) {
				firstFailure = (firstFailure < 0) ? i : firstFailure;
				failed++;
			}
		}
		Duration firstSuccess;
		if (firstFailure < 0) {
			firstSuccess = Duration.ZERO;
		}
		else {
			firstSuccess = after.subList(firstFailure + 1, after.size())
				.stream()
				.filter(Placement::accepted)
				.map((placement) -> Duration.ofNanos(placement.endNanos() - injectedNanos))
				.min(Comparator.naturalOrder())
				.orElse(null);
		}
		List<String> ids = placements.stream().filter(Placement::accepted).map(Placement::orderId).toList();
		Duration drained = null;
		boolean allFinal = ids.stream().allMatch((id) -> orders.containsKey(id) && orders.get(id).settled());
		if (allFinal) {
			drained = ids.stream()
				.map(orders::get)
				.map(OrderState::settledAt)
				.filter(Objects::nonNull)
				.max(Comparator.naturalOrder())
				.map((last) -> Duration.between(injectedAt, last))
				.map((duration) -> duration.isNegative() ? Duration.ZERO : duration)
				.orElse(Duration.ZERO);
		}
		return new Recovery(failed, firstSuccess, drained);
	}

}
