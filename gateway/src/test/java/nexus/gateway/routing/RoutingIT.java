package nexus.gateway.routing;

import nexus.gateway.Downstreams;
import nexus.gateway.GatewayTestBase;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

class RoutingIT extends GatewayTestBase {

	@Test
	void routesEachPathToItsServiceAndPassesTheTokenAndRequestIdOn() {
		Downstreams.CATALOG
			.stubFor(get(urlPathEqualTo("/api/catalog/products")).willReturn(okJson("{\"from\":\"catalog\"}")));
		Downstreams.ORDERS.stubFor(get(urlEqualTo("/api/orders")).willReturn(okJson("{\"from\":\"orders\"}")));
		Downstreams.USERS.stubFor(post(urlEqualTo("/api/auth/login")).willReturn(okJson("{\"from\":\"users\"}")));
		String token = customer();

		this.http.get()
			.uri("/api/catalog/products?page=0")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.from")
			.isEqualTo("catalog");
		this.http.get()
			.uri("/api/orders")
			.header(HttpHeaders.AUTHORIZATION, token)
			.header("X-Request-Id", "req-routing-1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Request-Id", "req-routing-1")
			.expectBody()
			.jsonPath("$.from")
			.isEqualTo("orders");
		this.http.post()
			.uri("/api/auth/login")
			.header("X-Forwarded-For", randomAddress())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"email\":\"a@b.io\",\"password\":\"x\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.from")
			.isEqualTo("users");

		Downstreams.ORDERS
			.verify(getRequestedFor(urlEqualTo("/api/orders")).withHeader(HttpHeaders.AUTHORIZATION, equalTo(token))
				.withHeader("X-Request-Id", equalTo("req-routing-1")));
		Downstreams.USERS
			.verify(postRequestedFor(urlEqualTo("/api/auth/login")).withHeader("X-Forwarded-For", matching(".+")));
	}

	@Test
	void aRequestIdIsCreatedWhenTheClientSendsNone() {
		Downstreams.CATALOG.stubFor(get(urlPathEqualTo("/api/catalog/categories")).willReturn(okJson("[]")));

		this.http.get()
			.uri("/api/catalog/categories")
			.exchange()
			.expectHeader()
			.value("X-Request-Id", (id) -> org.assertj.core.api.Assertions.assertThat(id).hasSize(36));
		Downstreams.CATALOG.verify(getRequestedFor(urlPathEqualTo("/api/catalog/categories")).withHeader("X-Request-Id",
				matching("[0-9a-f-]{36}")));
	}

	@Test
	void safeMethodsAreRetriedAndOthersAreNot() {
		Downstreams.CATALOG.stubFor(get(urlPathEqualTo("/api/catalog/products/flaky")).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		Downstreams.CATALOG.stubFor(get(urlPathEqualTo("/api/catalog/products/flaky")).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson("{\"ok\":true}")));
		Downstreams.ORDERS.stubFor(post(urlEqualTo("/api/orders")).willReturn(aResponse().withStatus(503)));

		this.http.get().uri("/api/catalog/products/flaky").exchange().expectStatus().isOk();
		this.http.post()
			.uri("/api/orders")
			.header(HttpHeaders.AUTHORIZATION, customer())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"fromCart\":true}")
			.exchange()
			.expectStatus()
			.isEqualTo(503);

		Downstreams.CATALOG.verify(2, getRequestedFor(urlPathEqualTo("/api/catalog/products/flaky")));
		Downstreams.ORDERS.verify(1, postRequestedFor(urlEqualTo("/api/orders")));
	}

}
