package nexus.gateway.limits;

import java.time.Clock;
import java.util.List;

import nexus.gateway.GatewayProperties;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Token buckets in Redis, shared by every gateway instance: one atomic script refills the
 * bucket for the time passed, takes the tokens if there are enough, and lets the key
 * expire once the bucket would be full again. The instances' clocks give the time.
 */
class RedisRateLimitStore implements RateLimitStore {

	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> TAKE = RedisScript.of("""
			local capacity = tonumber(ARGV[1])
			local rate = tonumber(ARGV[2])
			local wanted = tonumber(ARGV[3])
			local now = tonumber(ARGV[4])
			local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
			local tokens = tonumber(state[1])
			local at = tonumber(state[2])
			if tokens == nil or at == nil then
			  tokens = capacity
			  at = now
			end
			tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
			local available = tokens
			if tokens >= wanted then
			  tokens = tokens - wanted
			end
			redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
			redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / rate) + 1000)
			return {tostring(available)}
			""", List.class);

	private final ReactiveStringRedisTemplate redis;

	private final Clock clock;

	RedisRateLimitStore(ReactiveStringRedisTemplate redis, Clock clock) {
		this.redis = redis;
		this.clock = clock;
	}

	@Override
	public Mono<Decision> take(String key, int tokens, GatewayProperties.Limit limit) {
		return this.redis
			.execute(TAKE, List.of("nexus:rate-limit:" + key),
					List.of(Integer.toString(limit.capacity()), Double.toString(limit.perMilli()),
							Integer.toString(tokens), Long.toString(this.clock.millis())))
			.next()
			.map((result) -> Decision.of(Double.parseDouble(String.valueOf(result.get(0))), tokens, limit));
	}

}
