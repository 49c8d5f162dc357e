package nexus.gateway.security;

import nexus.gateway.GatewayTestBase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a management port of its own (as docker compose and Kubernetes run it), Prometheus
 * scrapes there without a token, and the public port has no actuator but health.
 */
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortIT extends GatewayTestBase {

	@LocalManagementPort
	int managementPort;

	@Test
	void prometheusScrapesTheManagementPortWithoutAToken() {
		WebTestClient management = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.managementPort)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
			.build();

		String metrics = management.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics).contains("application=\"gateway\"");
		management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	@Test
	void thePublicPortHasNoMetrics() {
		this.http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		this.http.get()
			.uri("/actuator/prometheus")
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

}
