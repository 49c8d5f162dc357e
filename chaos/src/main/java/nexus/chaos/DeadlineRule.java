package nexus.chaos;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import nexus.bench.check.Violation;
import nexus.bench.load.OrderState;

/**
 * Every accepted order reaches a final state within its deadline: an order that became
 * final, but later than the deadline after it was placed (by order-service's own clock),
 * breaks it, as one still open does (the benchmark's {@code order-final} rule names
 * those).
 */
public final class DeadlineRule {

	/** The rule's name, as the invariants are named. */
	public static final String RULE = "final-within-deadline";

	private DeadlineRule() {
	}

	/**
	 * Checks the orders.
	 * @param orders the orders
	 * @param deadline how long an order may take from placed to final
	 * @return one violation naming the late orders, or none
	 */
	public static List<Violation> check(Collection<OrderState> orders, Duration deadline) {
		List<OrderState> late = orders.stream()
			.filter((order) -> order.sagaDuration() != null && order.sagaDuration().compareTo(deadline) > 0)
			.toList();
		if (late.isEmpty()) {
			return List.of();
		}
		Duration longest = late.stream().map(OrderState::sagaDuration).max(Duration::compareTo).orElseThrow();
		return List.of(new Violation(RULE,
				late.size() + " order(s) became final later than " + deadline.toSeconds() + " s after they were placed "
						+ "(the latest after " + longest.toSeconds() + " s)",
				late.stream().map(OrderState::id).toList()));
	}

}
