package nexus.order.payment.client;

import java.util.concurrent.Executors;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderGuardsTest {

	private final MeterRegistry meters = new SimpleMeterRegistry();

	@Test
	void everyOperationAndOutcomeIsTimedFromZeroBeforeTheFirstPayment() {
		try (ProviderGuards guards = new ProviderGuards(Retry.ofDefaults("test"), CircuitBreaker.ofDefaults("test"),
				Bulkhead.ofDefaults("test"), TimeLimiter.ofDefaults("test"),
				Executors.newVirtualThreadPerTaskExecutor(), this.meters)) {
			for (String operation : ProviderGuards.OPERATIONS) {
				for (String outcome : ProviderGuards.OUTCOMES) {
					assertThat(this.meters.get("nexus.payment.provider.calls")
						.tag("operation", operation)
						.tag("outcome", outcome)
						.timer()
						.count()).isZero();
				}
			}
		}
	}

}
