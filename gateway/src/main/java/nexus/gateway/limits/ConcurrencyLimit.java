package nexus.gateway.limits;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;

import nexus.gateway.GatewayProperties;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Schedulers;

/**
 * A semaphore that never blocks a thread: a request takes a permit at once if one is
 * free, else waits in line (first come, first served) for up to the maximum wait, else is
 * refused. Resilience4j's semaphore bulkhead would park the event-loop thread while it
 * waits, so the gateway keeps this small one of its own.
 */
class ConcurrencyLimit {

	private static final int WAITING = 0;

	private static final int GRANTED = 1;

	private static final int GONE = 2;

	private final int permits;

	private final Duration maxWait;

	private final int maxQueued;

	private final Deque<Waiter> queue = new ArrayDeque<>();

	private int inUse;

	ConcurrencyLimit(GatewayProperties.Concurrency settings) {
		this.permits = settings.maxConcurrent();
		this.maxWait = settings.maxWait();
		this.maxQueued = settings.maxQueued();
	}

	/**
	 * Waits for a permit.
	 * @return {@code true} with a permit (to be given back with {@link #release()}), or
	 * {@code false} when none came in time
	 */
	Mono<Boolean> acquire() {
		return Mono.create((sink) -> {
			Waiter waiter;
			synchronized (this) {
				if (this.inUse < this.permits) {
					this.inUse++;
					waiter = null;
				}
				else if (this.queue.size() >= this.maxQueued || this.maxWait.isZero()) {
					sink.success(false);
					return;
				}
				else {
					waiter = new Waiter(sink);
					this.queue.addLast(waiter);
				}
			}
			if (waiter == null) {
				sink.success(true);
				return;
			}
			var timeout = Schedulers.parallel().schedule(() -> {
				if (waiter.state.compareAndSet(WAITING, GONE)) {
					sink.success(false);
				}
			}, this.maxWait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			sink.onCancel(() -> {
				timeout.dispose();
				// A permit granted to a request that has gone meanwhile goes on to the
				// next.
				if (!waiter.state.compareAndSet(WAITING, GONE) && waiter.state.get() == GRANTED) {
					release();
				}
			});
		});
	}

	/** Gives a permit back: to the first request still waiting, else to the pool. */
	void release() {
		while (true) {
			Waiter next;
			synchronized (this) {
				next = this.queue.pollFirst();
				if (next == null) {
					this.inUse--;
					return;
				}
			}
			if (next.state.compareAndSet(WAITING, GRANTED)) {
				next.sink.success(true);
				return;
			}
		}
	}

	synchronized int inUse() {
		return this.inUse;
	}

	synchronized int waiting() {
		return this.queue.size();
	}

	private static final class Waiter {

		final MonoSink<Boolean> sink;

		final AtomicInteger state = new AtomicInteger(WAITING);

		Waiter(MonoSink<Boolean> sink) {
			this.sink = sink;
		}

	}

}
