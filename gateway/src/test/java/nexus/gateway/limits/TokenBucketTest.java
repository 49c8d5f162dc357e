package nexus.gateway.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import nexus.gateway.GatewayProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

	private final MutableClock clock = new MutableClock();

	private final InMemoryRateLimitStore store = new InMemoryRateLimitStore(this.clock);

	private final GatewayProperties.Limit limit = new GatewayProperties.Limit(10, 60, Duration.ofMinutes(1));

	@Test
	void aBurstUpToTheCapacityPassesThenTheBucketRefillsEvenly() {
		for (int i = 0; i < 10; i++) {
			assertThat(take(1).allowed()).isTrue();
		}
		RateLimitStore.Decision refused = take(1);
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));

		this.clock.advance(Duration.ofSeconds(3));
		assertThat(take(3).allowed()).isTrue();
		assertThat(take(1).allowed()).isFalse();
	}

	@Test
	void aRequestCostingSeveralTokensTakesAllOrNone() {
		assertThat(take(8).remaining()).isEqualTo(2);
		RateLimitStore.Decision refused = take(5);
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.remaining()).isEqualTo(2);
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(3));
		assertThat(take(2).allowed()).isTrue();
	}

	@Test
	void moreThanTheCapacityIsNeverAllowed() {
		RateLimitStore.Decision refused = take(11);
		assertThat(refused.allowed()).isFalse();
		assertThat(take(10).allowed()).isTrue();
	}

	@Test
	void theBucketNeverHoldsMoreThanItsCapacity() {
		this.clock.advance(Duration.ofHours(1));
		assertThat(take(1).remaining()).isEqualTo(9);
	}

	private RateLimitStore.Decision take(int tokens) {
		return this.store.take("k", tokens, this.limit).block();
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
