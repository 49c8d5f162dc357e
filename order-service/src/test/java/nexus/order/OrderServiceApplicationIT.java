package nexus.order;

import java.time.Duration;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class OrderServiceApplicationIT extends OrderServiceIntegrationTest {

	@Autowired
	Retry retry;

	@Autowired
	Bulkhead bulkhead;

	@Autowired
	TimeLimiter timeLimiter;

	@Test
	void guardsThePaymentProviderAsResilience4jsInstanceOfItsName() {
		// The harness sets these under resilience4j.*.instances.payment-provider.
		assertThat(this.breaker.getName()).isEqualTo("payment-provider");
		assertThat(this.breaker.getCircuitBreakerConfig().getSlidingWindowSize()).isEqualTo(6);
		assertThat(this.breaker.getCircuitBreakerConfig().getMinimumNumberOfCalls()).isEqualTo(4);
		assertThat(this.breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1))
			.isEqualTo(5000L);
		assertThat(this.breaker.getCircuitBreakerConfig().getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(2);
		assertThat(this.retry.getRetryConfig().getMaxAttempts()).isEqualTo(3);
		assertThat(this.retry.getRetryConfig().getIntervalBiFunction().apply(1, null)).isEqualTo(100L);
		assertThat(this.retry.getRetryConfig().getIntervalBiFunction().apply(2, null)).isEqualTo(200L);
		assertThat(this.timeLimiter.getTimeLimiterConfig().getTimeoutDuration()).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.bulkhead.getBulkheadConfig().getMaxConcurrentCalls()).isEqualTo(2);
		assertThat(this.bulkhead.getBulkheadConfig().getMaxWaitDuration()).isEqualTo(Duration.ZERO);
	}

	@Test
	void startsAndReportsHealthy() {
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void publishesBusinessAndGuardMetrics() {
		String metrics = this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(metrics).contains("nexus_orders_placed_total", "nexus_orders_confirmed_total",
				"nexus_orders_cancelled_total{application=\"order-service\",reason=\"PAYMENT_DECLINED\"}",
				"nexus_payment_breaker_state", "resilience4j_circuitbreaker_state", "resilience4j_bulkhead",
				"nexus_outbox_backlog");
	}

	@Test
	void documentsTheApiWithExamples() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/orders'].post.parameters[?(@.name == 'Idempotency-Key')]")
			.exists()
			.jsonPath("$.paths['/api/cart/items'].post")
			.exists()
			.jsonPath("$.paths['/api/payments/webhook'].post")
			.exists()
			.jsonPath("$.components.schemas.OrderView.properties.totalAmount.example")
			.isEqualTo(59.97);
	}

}
