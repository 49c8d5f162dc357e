package nexus.gateway.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import nexus.gateway.GatewayProperties;
import nexus.testsupport.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Redis-backed limits against a real Redis server: two gateway instances (two stores
 * with connections of their own) share one token bucket per key.
 */
class RedisRateLimitStoreIT {

	static LettuceConnectionFactory first;

	static LettuceConnectionFactory second;

	@BeforeAll
	static void connect() {
		first = connection();
		second = connection();
	}

	@AfterAll
	static void disconnect() {
		first.destroy();
		second.destroy();
	}

	@Test
	void instancesShareOneBucketPerKey() {
		RateLimitStore a = new RedisRateLimitStore(new ReactiveStringRedisTemplate(first), Clock.systemUTC());
		RateLimitStore b = new RedisRateLimitStore(new ReactiveStringRedisTemplate(second), Clock.systemUTC());
		String key = "authentication:" + UUID.randomUUID();
		GatewayProperties.Limit limit = new GatewayProperties.Limit(3, 3, Duration.ofMinutes(1));

		assertThat(a.take(key, 1, limit).block().remaining()).isEqualTo(2);
		assertThat(b.take(key, 1, limit).block().remaining()).isEqualTo(1);
		assertThat(a.take(key, 1, limit).block().allowed()).isTrue();
		RateLimitStore.Decision refused = b.take(key, 1, limit).block();

		assertThat(refused.allowed()).isFalse();
		assertThat(refused.remaining()).isZero();
		assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
		assertThat(a.take("authentication:" + UUID.randomUUID(), 1, limit).block().allowed()).isTrue();
	}

	@Test
	void aRequestOfSeveralTokensTakesAllOrNone() {
		RateLimitStore store = new RedisRateLimitStore(new ReactiveStringRedisTemplate(first), Clock.systemUTC());
		String key = "graphql:" + UUID.randomUUID();
		GatewayProperties.Limit limit = new GatewayProperties.Limit(100, 100, Duration.ofMinutes(1));

		assertThat(store.take(key, 70, limit).block().allowed()).isTrue();
		assertThat(store.take(key, 40, limit).block().allowed()).isFalse();
		assertThat(store.take(key, 30, limit).block().allowed()).isTrue();
	}

	@Test
	void theBucketRefillsOverTime() {
		RateLimitStore store = new RedisRateLimitStore(new ReactiveStringRedisTemplate(first), Clock.systemUTC());
		String key = "anonymous:" + UUID.randomUUID();
		GatewayProperties.Limit limit = new GatewayProperties.Limit(1, 1, Duration.ofMillis(300));
		store.take(key, 1, limit).block();
		assertThat(store.take(key, 1, limit).block().allowed()).isFalse();

		await().atMost(Duration.ofSeconds(5)).until(() -> store.take(key, 1, limit).block().allowed());
	}

	private static LettuceConnectionFactory connection() {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				LettuceConnectionFactory.createRedisConfiguration(TestRedis.url()));
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

}
