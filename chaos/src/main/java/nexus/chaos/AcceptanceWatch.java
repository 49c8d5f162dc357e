package nexus.chaos;

import java.time.Duration;

import nexus.bench.load.OrderPlacer;
import nexus.bench.load.Placement;

/**
 * Watches the answers of the steady load as they come: how many orders in a row were
 * accepted last. The run waits on it before a fault (orders must flow first) and after
 * the stack is whole again (the gateway's circuit breakers and a freshly started JVM take
 * a while more before orders are accepted again).
 */
final class AcceptanceWatch implements OrderPlacer {

	private final OrderPlacer placer;

	private int streak;

	AcceptanceWatch(OrderPlacer placer) {
		this.placer = placer;
	}

	@Override
	public Placement place(long intendedNanos) {
		Placement placement = this.placer.place(intendedNanos);
		record(placement.accepted());
		return placement;
	}

	synchronized void record(boolean accepted) {
		this.streak = accepted ? this.streak + 1 : 0;
	}

	synchronized int streak() {
		return this.streak;
	}

	/**
	 * Waits until this many orders in a row were accepted.
	 * @param inARow how many
	 * @param timeout how long at most
	 * @return whether they were
	 */
	boolean awaitStreak(int inARow, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (streak() < inARow) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Pause.of(Duration.ofMillis(200));
		}
		return true;
	}

}
