package nexus.gateway.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nexus.gateway.Downstreams;
import nexus.gateway.GatewayTestBase;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When more requests are in flight than the gateway allows and none frees its permit in
 * time, the rest are refused at the door: 503 gateway-saturated with Retry-After, never
 * counted against the downstream service's breaker.
 */
@TestPropertySource(
		properties = { "nexus.gateway.concurrency.max-concurrent=2", "nexus.gateway.concurrency.max-wait=20ms" })
class SaturationIT extends GatewayTestBase {

	@Test
	void requestsOverTheConcurrencyLimitAre503SaturatedAndNeverOpenTheBreaker() throws Exception {
		Downstreams.CATALOG
			.stubFor(get(urlPathEqualTo("/api/catalog/products/slow")).willReturn(okJson("{}").withFixedDelay(1500)));
		HttpClient client = HttpClient.newHttpClient();
		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			calls.add(client.sendAsync(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/catalog/products/slow"))
						.build(),
					HttpResponse.BodyHandlers.ofString()));
		}
		List<HttpResponse<String>> responses = calls.stream().map(CompletableFuture::join).toList();

		assertThat(responses).filteredOn((response) -> response.statusCode() == 200).hasSize(2);
		List<HttpResponse<String>> refused = responses.stream()
			.filter((response) -> response.statusCode() == 503)
			.toList();
		assertThat(refused).hasSize(6);
		assertThat(refused).allSatisfy((response) -> {
			assertThat(response.headers().firstValue("Retry-After")).isPresent();
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains("https://nexus.dev/problems/gateway-saturated");
		});
		CircuitBreaker breaker = this.breakers.circuitBreaker("catalog-service");
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
	}

}
