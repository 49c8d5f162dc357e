package nexus.gateway.limits;

import java.time.Duration;

import nexus.gateway.GatewayProperties;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyLimitTest {

	@Test
	void aWaitingRequestGetsTheNextPermitGivenBack() {
		ConcurrencyLimit limit = new ConcurrencyLimit(new GatewayProperties.Concurrency(1, Duration.ofSeconds(30), 10));
		assertThat(limit.acquire().block()).isTrue();
		Sinks.One<Boolean> second = Sinks.one();
		limit.acquire().subscribe(second::tryEmitValue);
		assertThat(limit.waiting()).isEqualTo(1);

		limit.release();

		assertThat(second.asMono().block(Duration.ofSeconds(5))).isTrue();
		assertThat(limit.inUse()).isEqualTo(1);
		limit.release();
		assertThat(limit.inUse()).isZero();
	}

	@Test
	void aRequestThatGetsNoPermitInTimeIsRefused() {
		ConcurrencyLimit limit = new ConcurrencyLimit(new GatewayProperties.Concurrency(1, Duration.ofMillis(20), 10));
		assertThat(limit.acquire().block()).isTrue();

		assertThat(limit.acquire().block(Duration.ofSeconds(5))).isFalse();

		limit.release();
		assertThat(limit.inUse()).isZero();
		assertThat(limit.acquire().block()).isTrue();
	}

	@Test
	void aFullQueueRefusesAtOnceAndAGoneRequestPassesItsPermitOn() {
		ConcurrencyLimit limit = new ConcurrencyLimit(new GatewayProperties.Concurrency(1, Duration.ofSeconds(30), 1));
		assertThat(limit.acquire().block()).isTrue();
		Disposable gone = limit.acquire().subscribe();
		assertThat(limit.acquire().block(Duration.ofSeconds(1))).isFalse();

		gone.dispose();
		limit.release();

		assertThat(limit.inUse()).isZero();
	}

}
