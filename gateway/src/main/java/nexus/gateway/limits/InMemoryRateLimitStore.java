package nexus.gateway.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

/**
 * Fixed windows in this instance's memory: right for one instance and for local runs;
 * several instances each count on their own (use the Redis store then).
 */
class InMemoryRateLimitStore implements RateLimitStore {

	private static final int PURGE_THRESHOLD = 10_000;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final Clock clock;

	InMemoryRateLimitStore(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Mono<Decision> hit(String key, int limit, Duration window) {
		long now = this.clock.millis();
		long start = now - (now % window.toMillis());
		Window current = this.windows.compute(key, (k, existing) -> (existing != null && existing.start() == start)
				? existing.next() : new Window(start, 1));
		if (this.windows.size() > PURGE_THRESHOLD) {
			this.windows.values().removeIf((stale) -> stale.start() + window.toMillis() <= now);
		}
		return Mono.just(Decision.of(current.count(), limit, Duration.ofMillis(start + window.toMillis() - now)));
	}

	private record Window(long start, long count) {

		Window next() {
			return new Window(this.start, this.count + 1);
		}

	}

}
