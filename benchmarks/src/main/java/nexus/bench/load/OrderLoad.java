package nexus.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import nexus.bench.measure.Latency;
import org.HdrHistogram.Histogram;

/**
 * Drives orders: a closed loop (each client sends its next order as soon as the last one
 * was answered) or an open loop at a fixed rate (orders sent on a schedule whatever the
 * answers, latency counted from the scheduled moment). Both stop by themselves after
 * their duration and wait for the answers still on their way.
 */
public final class OrderLoad {

	/**
	 * At most this many orders in flight in an open loop; beyond it the schedule waits
	 * (and the wait counts in the latency). It keeps a stalled stack from making the
	 * generator open thousands of connections.
	 */
	static final int MAX_IN_FLIGHT = 1024;

	private OrderLoad() {
	}

	/**
	 * A closed loop.
	 * @param placer places one order
	 * @param clients how many clients, each on a virtual thread
	 * @param duration how long clients keep sending
	 * @return every attempt
	 */
	public static LoadWindow closedLoop(OrderPlacer placer, int clients, Duration duration) {
		ConcurrentLinkedQueue<Placement> placements = new ConcurrentLinkedQueue<>();
		Instant startedAt = Instant.now();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < clients; i++) {
				executor.execute(() -> {
					for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
						placements.add(placer.place(now));
					}
				});
			}
		}
		return new LoadWindow(startedAt, start, end, new ArrayList<>(placements), Latency.NONE);
	}

	/**
	 * An open loop at a fixed rate.
	 * @param placer places one order
	 * @param perSecond orders per second
	 * @param duration how long the schedule runs
	 * @return every attempt, with how late the generator was against its schedule
	 */
	public static LoadWindow paced(OrderPlacer placer, double perSecond, Duration duration) {
		return paced(placer, perSecond, duration, () -> false);
	}

	/**
	 * An open loop at a fixed rate that runs until told to stop (a chaos run keeps it
	 * going while a fault lasts and its stack recovers, however long that takes).
	 * @param placer places one order
	 * @param perSecond orders per second
	 * @param longest how long the schedule runs at most
	 * @param stop asked before each send: {@code true} ends the schedule
	 * @return every attempt; its end is the moment it stopped sending
	 */
	public static LoadWindow paced(OrderPlacer placer, double perSecond, Duration longest, BooleanSupplier stop) {
		ConcurrentLinkedQueue<Placement> placements = new ConcurrentLinkedQueue<>();
		Histogram lag = Latency.histogram();
		Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
		double interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
		Instant startedAt = Instant.now();
		long start = System.nanoTime();
		long end = start + longest.toNanos();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long i = 0;; i++) {
				long due = start + (long) (i * interval);
				if (due >= end) {
					break;
				}
				if (stop.getAsBoolean()) {
					end = Math.max(start, System.nanoTime());
					break;
				}
				for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
					LockSupport.parkNanos(wait);
				}
				inFlight.acquireUninterruptibly();
				Latency.record(lag, System.nanoTime() - due);
				executor.execute(() -> {
					try {
						placements.add(placer.place(due));
					}
					finally {
						inFlight.release();
					}
				});
			}
		}
		return new LoadWindow(startedAt, start, end, new ArrayList<>(placements), Latency.of(lag));
	}

	/**
	 * What one load run did.
	 *
	 * @param startedAt when it started, by the wall clock (the services' timestamps are
	 * compared with it)
	 * @param startNanos when it started ({@link System#nanoTime()})
	 * @param endNanos when it stopped sending
	 * @param placements every attempt
	 * @param sendLag open loop only: how late each send was against the schedule (the
	 * generator's own delay); {@link Latency#NONE} for a closed loop
	 */
	public record LoadWindow(Instant startedAt, long startNanos, long endNanos, List<Placement> placements,
			Latency sendLag) {

		public LoadWindow {
			placements = List.copyOf(placements);
		}

		/**
		 * How long it sent.
		 * @return seconds
		 */
		public double seconds() {
			return (this.endNanos - this.startNanos) / 1e9;
		}

		/**
		 * The wall-clock time of a moment of the run.
		 * @param nanos a {@link System#nanoTime()} value during the run
		 * @return that moment
		 */
		public Instant instantOf(long nanos) {
			return this.startedAt.plusNanos(nanos - this.startNanos);
		}

		/**
		 * When it stopped sending.
		 * @return that moment, by the wall clock
		 */
		public Instant endedAt() {
			return instantOf(this.endNanos);
		}

		/**
		 * The accepted orders.
		 * @return their ids
		 */
		public List<String> acceptedIds() {
			return this.placements.stream().filter(Placement::accepted).map(Placement::orderId).toList();
		}

	}

}
