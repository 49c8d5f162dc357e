package nexus.paymentsimulator;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * The misbehaviour a test asked for (slow answers, failures) and what the simulator saw
 * (requests per operation, the most requests in flight at once).
 */
final class Faults {

	private final Map<Operation, AtomicInteger> requests = new EnumMap<>(Operation.class);

	// Replaced on reset, so that calls still running from before a reset (a slow one
	// whose caller gave up) do not count against the peak measured after it.
	private volatile Concurrency concurrency = new Concurrency();

	private volatile @Nullable Rule slow;

	private volatile @Nullable Rule failing;

	Faults() {
		for (Operation operation : Operation.values()) {
			this.requests.put(operation, new AtomicInteger());
		}
	}

	void slowDown(Duration delay, int calls, Operation... operations) {
		this.slow = new Rule(of(operations), delay, new AtomicInteger(calls));
	}

	void failNext(int calls, Operation... operations) {
		this.failing = new Rule(of(operations), Duration.ZERO, new AtomicInteger(calls));
	}

	void reset() {
		this.slow = null;
		this.failing = null;
		this.requests.values().forEach((count) -> count.set(0));
		this.concurrency = new Concurrency();
	}

	/**
	 * Counts a request in and says how it should misbehave.
	 * @param operation what is asked
	 * @return whether to fail it and how long to wait first
	 */
	Plan enter(Operation operation) {
		this.requests.get(operation).incrementAndGet();
		Concurrency current = this.concurrency;
		current.enter();
		Rule slowRule = this.slow;
		Rule failRule = this.failing;
		Duration delay = (slowRule != null && slowRule.take(operation)) ? slowRule.delay() : Duration.ZERO;
		return new Plan(failRule != null && failRule.take(operation), delay, current);
	}

	void exit(Plan plan) {
		plan.concurrency().exit();
	}

	int requests(Operation operation) {
		return this.requests.get(operation).get();
	}

	int maxInFlight() {
		return this.concurrency.max.get();
	}

	private static Set<Operation> of(Operation... operations) {
		return (operations.length == 0) ? EnumSet.allOf(Operation.class) : EnumSet.of(operations[0], operations);
	}

	record Plan(boolean fail, Duration delay, Concurrency concurrency) {
	}

	private static final class Concurrency {

		final AtomicInteger inFlight = new AtomicInteger();

		final AtomicInteger max = new AtomicInteger();

		void enter() {
			this.max.accumulateAndGet(this.inFlight.incrementAndGet(), Math::max);
		}

		void exit() {
			this.inFlight.decrementAndGet();
		}

	}

	private record Rule(Set<Operation> operations, Duration delay, AtomicInteger remaining) {

		boolean take(Operation operation) {
			return this.operations.contains(operation) && this.remaining.getAndUpdate((n) -> Math.max(0, n - 1)) > 0;
		}

	}

}
