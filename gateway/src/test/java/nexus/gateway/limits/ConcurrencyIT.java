package nexus.gateway.limits;

import java.time.Duration;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nexus.gateway.Downstreams;
import nexus.gateway.GatewayTestBase;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A burst of healthy reads through the gateway is served, not shed: nothing in front of
 * the breaker refuses it, and the breaker stays closed.
 */
// The shipped timeouts, not the tests' short ones: a loaded test machine is not a slow
// service.
@TestPropertySource(properties = { "resilience4j.timelimiter.configs.default.timeout-duration=6s",
		"spring.cloud.gateway.server.webflux.httpclient.response-timeout=10s" })
class ConcurrencyIT extends GatewayTestBase {

	@Test
	void twoHundredConcurrentReadsOfOneProductAllGet200AndTheBreakerStaysClosed() {
		Downstreams.CATALOG.stubFor(get(urlPathEqualTo("/api/catalog/products/p-1"))
			.willReturn(okJson("{\"id\":\"p-1\"}").withFixedDelay(50)));

		// Warm: connections opened, threads started, as on a stack that has been serving.
		burst(50, "/api/catalog/products/p-1");
		this.breakers.circuitBreaker("catalog-service").reset();

		List<Integer> statuses = burst(200, "/api/catalog/products/p-1");

		assertThat(statuses).hasSize(200).containsOnly(200);
		CircuitBreaker breaker = this.breakers.circuitBreaker("catalog-service");
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
	}

	List<Integer> burst(int requests, String path) {
		ConnectionProvider connections = ConnectionProvider.builder("burst")
			.maxConnections(requests + 10)
			.pendingAcquireMaxCount(-1)
			.build();
		try {
			WebClient client = WebClient.builder()
				.clientConnector(new ReactorClientHttpConnector(HttpClient.create(connections)))
				.baseUrl("http://127.0.0.1:" + this.port)
				.build();
			return Flux.range(0, requests)
				.flatMap((i) -> client.get()
					.uri(path)
					.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value())),
						requests)
				.collectList()
				.block(Duration.ofSeconds(60));
		}
		finally {
			connections.dispose();
		}
	}

}
