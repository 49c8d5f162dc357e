package nexus.gateway.limits;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import nexus.gateway.GatewayProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Rate limits counted in memory by default, or in Redis when
 * {@code nexus.gateway.rate-limits.backend=redis} so that every instance shares them.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	RateLimitFilter rateLimitFilter(GatewayProperties properties, MeterRegistry meters,
			org.springframework.beans.factory.ObjectProvider<LettuceConnectionFactory> redis) {
		GatewayProperties.RateLimits limits = properties.rateLimits();
		RateLimitStore store = limits.redis()
				? new RedisRateLimitStore(new ReactiveStringRedisTemplate(redis.getObject()))
				: new InMemoryRateLimitStore(Clock.systemUTC());
		return new RateLimitFilter(store, limits, meters);
	}

	/** Redis, only when rate limits use it; health then includes it. */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "nexus.gateway.rate-limits.backend",
			havingValue = "redis")
	LettuceConnectionFactory redisConnectionFactory(GatewayProperties properties) {
		return new LettuceConnectionFactory(
				LettuceConnectionFactory.createRedisConfiguration(properties.rateLimits().redisUrl().toString()));
	}

}
