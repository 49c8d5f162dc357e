package nexus.gateway.observability;

import nexus.gateway.Downstreams;
import nexus.gateway.GatewayTestBase;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class RequestIdIT extends GatewayTestBase {

	@Test
	void aRoutedResponseCarriesTheRequestIdOnceThoughTheServiceEchoesItToo() {
		// Every service echoes the id it received, as the platform's filter does.
		Downstreams.CATALOG.stubFor(get(urlEqualTo("/api/catalog/categories")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("X-Request-Id", "{{request.headers.X-Request-Id}}")
			.withTransformers("response-template")
			.withBody("{\"content\":[]}")));

		var response = this.http.get()
			.uri("/api/catalog/categories")
			.header("X-Request-Id", "req-42")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class);

		assertThat(response.getResponseHeaders().get("X-Request-Id")).containsExactly("req-42");
		Downstreams.CATALOG.verify(
				getRequestedFor(urlEqualTo("/api/catalog/categories")).withHeader("X-Request-Id", equalTo("req-42")));
	}

	@Test
	void aCreatedIdIsReturnedOnceToo() {
		Downstreams.CATALOG.stubFor(get(urlEqualTo("/api/catalog/categories")).willReturn(aResponse().withStatus(200)
			.withHeader("X-Request-Id", "{{request.headers.X-Request-Id}}")
			.withTransformers("response-template")
			.withBody("{}")));

		var response = this.http.get().uri("/api/catalog/categories").exchange().returnResult(String.class);

		assertThat(response.getResponseHeaders().get("X-Request-Id")).hasSize(1);
	}

	@Test
	void theGatewaysOwnRefusalsCarryItOnce() {
		var response = this.http.get()
			.uri("/api/orders")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.returnResult(String.class);

		assertThat(response.getResponseHeaders().get("X-Request-Id")).hasSize(1);
	}

}
