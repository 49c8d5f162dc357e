package nexus.order;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderServiceApplicationIT extends OrderServiceIntegrationTest {

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
