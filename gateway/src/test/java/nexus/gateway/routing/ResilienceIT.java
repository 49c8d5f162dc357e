package nexus.gateway.routing;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nexus.gateway.Downstreams;
import nexus.gateway.GatewayTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.springframework.http.HttpHeaders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ResilienceIT extends GatewayTestBase {

	@AfterEach
	void restartOrders() {
		if (!Downstreams.ORDERS.isRunning()) {
			Downstreams.ORDERS.start();
		}
	}

	@Test
	void aStoppedServiceAnswers503ProblemDetailsAndOpensItsBreaker() {
		Downstreams.ORDERS.stop();

		for (int i = 0; i < 5; i++) {
			long started = System.nanoTime();
			this.http.get()
				.uri("/api/orders")
				.header(HttpHeaders.AUTHORIZATION, customer())
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.exists(HttpHeaders.RETRY_AFTER)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://nexus.dev/problems/service-unavailable")
				.jsonPath("$.detail")
				.value((detail) -> assertThat(detail.toString()).contains("order-service"));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		}

		assertThat(this.breakers.circuitBreaker("order-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(this.breakers.circuitBreaker("catalog-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void eachRequestToAStoppedServiceGetsOneFallbackAnswerAndIsNotRetriedAfterIt(CapturedOutput output) {
		Downstreams.ORDERS.stop();
		CircuitBreaker breaker = this.breakers.circuitBreaker("order-service");
		breaker.reset();
		int before = occurrences(output.getOut(), "order-service unavailable");

		for (int i = 0; i < 3; i++) {
			this.http.get()
				.uri("/api/orders")
				.header(HttpHeaders.AUTHORIZATION, customer())
				.exchange()
				.expectStatus()
				.isEqualTo(503);
		}

		// Retries happen inside the breaker, on the way to the service; the fallback's
		// 503
		// is the answer, never retried (which would write a second answer).
		assertThat(occurrences(output.getOut(), "order-service unavailable") - before).isEqualTo(3);
		assertThat(output.getOut()).doesNotContain("Unexpected gateway error");
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(3);
		breaker.reset();
	}

	private static int occurrences(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	@Test
	void aServiceTooSlowToAnswerIsCutOffAt503() {
		Downstreams.CATALOG.stubFor(get(urlEqualTo("/api/catalog/categories/slow"))
			.willReturn(aResponse().withStatus(200).withFixedDelay(5000).withBody("{}")));

		this.http.mutate()
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.get()
			.uri("/api/catalog/categories/slow")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("catalog-service"));
	}

}
