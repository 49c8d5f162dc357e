package nexus.gateway.docs;

import nexus.gateway.Downstreams;
import nexus.gateway.GatewayTestBase;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIT extends GatewayTestBase {

	@Test
	void oneSwaggerUiListsEveryServicesDocument() {
		this.http.get()
			.uri("/v3/api-docs/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.urls[*].name")
			.value((names) -> assertThat(names.toString()).contains("user-service", "catalog-service",
					"order-service"));
		this.http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
		this.http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

	@Test
	void eachServicesDocumentIsServedThroughTheGateway() {
		Downstreams.CATALOG.stubFor(get(urlEqualTo("/v3/api-docs")).willReturn(okJson("{\"openapi\":\"3.1.0\"}")));

		this.http.get()
			.uri("/service-docs/catalog-service")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.isEqualTo("3.1.0");
	}

	@Test
	void healthIsPublicAndMetricsAreForAdministrators() {
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		String metrics = this.http.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
			.build()
			.get()
			.uri("/actuator/prometheus")
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics).contains("resilience4j_circuitbreaker_state", "application=\"gateway\"");
	}

}
