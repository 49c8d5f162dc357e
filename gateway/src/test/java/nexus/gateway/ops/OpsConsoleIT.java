package nexus.gateway.ops;

import nexus.gateway.Downstreams;
import nexus.gateway.GatewayTestBase;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class OpsConsoleIT extends GatewayTestBase {

	@Test
	void thePageAndItsAssetsAreServedByTheGatewayItself() {
		this.http.get().uri("/ops").exchange().expectStatus().isEqualTo(301).expectHeader().location("/ops/");
		String page = this.http.get()
			.uri("/ops/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Nexus operations").doesNotContain("https://", "http://");
		this.http.get().uri("/ops/assets/ops.js").exchange().expectStatus().isOk();
		this.http.get().uri("/ops/assets/ops.css").exchange().expectStatus().isOk();
	}

	@Test
	void theGatewaysBreakersAndRateLimitsAreForAdministratorsOnly() {
		this.http.get().uri("/ops/api/gateway").exchange().expectStatus().isUnauthorized();
		this.http.get()
			.uri("/ops/api/gateway")
			.header(HttpHeaders.AUTHORIZATION, customer())
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.get()
			.uri("/ops/api/gateway")
			.header(HttpHeaders.AUTHORIZATION, admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.circuitBreakers['catalog-service'].state")
			.isEqualTo("CLOSED")
			.jsonPath("$.circuitBreakers['order-service'].state")
			.isEqualTo("CLOSED")
			.jsonPath("$.rateLimited.anonymous")
			.isEqualTo(0.0);
	}

	@Test
	void aServicesOwnEndpointsAreReachedThroughTheGatewayWithTheAdministratorsToken() {
		Downstreams.ORDERS
			.stubFor(get(urlEqualTo("/actuator/health/readiness")).willReturn(okJson("{\"status\":\"UP\"}")));
		Downstreams.ORDERS.stubFor(post(urlPathEqualTo("/actuator/deadletters/42"))
			.willReturn(okJson("{\"id\":\"42\",\"replayed\":true}")));
		String admin = admin();

		this.http.get()
			.uri("/ops/api/order-service/actuator/health/readiness")
			.header(HttpHeaders.AUTHORIZATION, admin)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		this.http.post()
			.uri("/ops/api/order-service/actuator/deadletters/42")
			.header(HttpHeaders.AUTHORIZATION, admin)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk();

		Downstreams.ORDERS.verify(getRequestedFor(urlEqualTo("/actuator/health/readiness"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo(admin)));
		Downstreams.ORDERS.verify(postRequestedFor(urlEqualTo("/actuator/deadletters/42")));
	}

	@Test
	void customersCannotReachAServicesActuatorAndOtherEndpointsAreNotRouted() {
		this.http.get()
			.uri("/ops/api/catalog-service/actuator/deadletters")
			.header(HttpHeaders.AUTHORIZATION, customer())
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.get()
			.uri("/ops/api/catalog-service/actuator/env")
			.header(HttpHeaders.AUTHORIZATION, admin())
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(Downstreams.CATALOG.getAllServeEvents()).isEmpty();
	}

}
