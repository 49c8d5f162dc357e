package nexus.gateway.limits;

import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Fixed windows in Redis, shared by every gateway instance: one atomic script counts the
 * request and starts the window's expiry on its first request.
 */
class RedisRateLimitStore implements RateLimitStore {

	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> COUNT = RedisScript.of("""
			local count = redis.call('INCR', KEYS[1])
			if count == 1 then
			  redis.call('PEXPIRE', KEYS[1], ARGV[1])
			end
			local ttl = redis.call('PTTL', KEYS[1])
			return {count, ttl}
			""", List.class);

	private final ReactiveStringRedisTemplate redis;

	RedisRateLimitStore(ReactiveStringRedisTemplate redis) {
		this.redis = redis;
	}

	@Override
	public Mono<Decision> hit(String key, int limit, Duration window) {
		return this.redis.execute(COUNT, List.of("nexus:rate-limit:" + key), List.of(Long.toString(window.toMillis())))
			.next()
			.map((result) -> {
				long count = ((Number) result.get(0)).longValue();
				long ttl = Math.max(0, ((Number) result.get(1)).longValue());
				return Decision.of(count, limit, Duration.ofMillis(ttl));
			});
	}

}
