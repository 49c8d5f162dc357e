package nexus.gateway.limits;

import java.time.Duration;
import java.util.UUID;

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
 * with connections of their own) share one count per key and window.
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
	void instancesShareOneCountPerKey() {
		RateLimitStore a = new RedisRateLimitStore(new ReactiveStringRedisTemplate(first));
		RateLimitStore b = new RedisRateLimitStore(new ReactiveStringRedisTemplate(second));
		String key = "authentication:" + UUID.randomUUID();
		Duration window = Duration.ofMinutes(1);

		assertThat(a.hit(key, 3, window).block().remaining()).isEqualTo(2);
		assertThat(b.hit(key, 3, window).block().remaining()).isEqualTo(1);
		assertThat(a.hit(key, 3, window).block().allowed()).isTrue();
		RateLimitStore.Decision refused = b.hit(key, 3, window).block();

		assertThat(refused.allowed()).isFalse();
		assertThat(refused.remaining()).isZero();
		assertThat(refused.resetIn()).isPositive().isLessThanOrEqualTo(window);
		assertThat(a.hit("authentication:" + UUID.randomUUID(), 3, window).block().allowed()).isTrue();
	}

	@Test
	void aNewWindowStartsAfterTheOldOneEnds() {
		RateLimitStore store = new RedisRateLimitStore(new ReactiveStringRedisTemplate(first));
		String key = "anonymous:" + UUID.randomUUID();
		Duration window = Duration.ofMillis(300);
		store.hit(key, 1, window).block();
		assertThat(store.hit(key, 1, window).block().allowed()).isFalse();

		await().atMost(Duration.ofSeconds(5)).until(() -> store.hit(key, 1, window).block().allowed());
	}

	private static LettuceConnectionFactory connection() {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				LettuceConnectionFactory.createRedisConfiguration(TestRedis.url()));
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

}
