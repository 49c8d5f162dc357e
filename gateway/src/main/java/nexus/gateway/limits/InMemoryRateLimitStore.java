package nexus.gateway.limits;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import nexus.gateway.GatewayProperties;
import reactor.core.publisher.Mono;

/**
 * Token buckets in this instance's memory: right for one instance and for local runs;
 * several instances each count on their own (use the Redis store then). Buckets that have
 * filled up again are forgotten.
 */
class InMemoryRateLimitStore implements RateLimitStore {

	private static final int PURGE_THRESHOLD = 10_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final Clock clock;

	InMemoryRateLimitStore(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Mono<Decision> take(String key, int tokens, GatewayProperties.Limit limit) {
		long now = this.clock.millis();
		AtomicReference<Decision> decision = new AtomicReference<>();
		this.buckets.compute(key, (k, bucket) -> {
			double available = (bucket != null) ? bucket.available(now, limit) : limit.capacity();
			Decision outcome = Decision.of(available, tokens, limit);
			decision.set(outcome);
			double left = outcome.allowed() ? available - tokens : available;
			return new Bucket(left, now, now + (long) Math.ceil((limit.capacity() - left) / limit.perMilli()));
		});
		if (this.buckets.size() > PURGE_THRESHOLD) {
			this.buckets.values().removeIf((bucket) -> bucket.fullAt() <= now);
		}
		return Mono.just(decision.get());
	}

	private record Bucket(double tokens, long at, long fullAt) {

		double available(long now, GatewayProperties.Limit limit) {
			return Math.min(limit.capacity(), this.tokens + Math.max(0, now - this.at) * limit.perMilli());
		}

	}

}
