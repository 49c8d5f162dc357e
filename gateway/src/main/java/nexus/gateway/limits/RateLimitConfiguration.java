package nexus.gateway.limits;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import nexus.gateway.GatewayProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Rate limits counted in memory by default, or in Redis when
 * {@code nexus.gateway.rate-limits.backend=redis} so that every instance shares them; and
 * the gateway's one concurrency limit.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	RateLimiter rateLimiter(GatewayProperties properties, MeterRegistry meters,
			ObjectProvider<LettuceConnectionFactory> redis) {
		GatewayProperties.RateLimits limits = properties.rateLimits();
		RateLimitStore store = limits.redis()
				? new RedisRateLimitStore(new ReactiveStringRedisTemplate(redis.getObject()), Clock.systemUTC())
				: new InMemoryRateLimitStore(Clock.systemUTC());
		return new RateLimiter(store, limits, meters);
	}

	@Bean
	RateLimitFilter rateLimitFilter(RateLimiter limiter) {
		return new RateLimitFilter(limiter);
	}

	@Bean
	ConcurrencyLimitFilter concurrencyLimitFilter(GatewayProperties properties, MeterRegistry meters) {
		return new ConcurrencyLimitFilter(new ConcurrencyLimit(properties.concurrency()), meters);
	}

	/** Redis, only when rate limits use it; health then includes it. */
	@Bean
	@ConditionalOnProperty(name = "nexus.gateway.rate-limits.backend", havingValue = "redis")
	LettuceConnectionFactory redisConnectionFactory(GatewayProperties properties) {
		return new LettuceConnectionFactory(
				LettuceConnectionFactory.createRedisConfiguration(properties.rateLimits().redisUrl().toString()));
	}

}
