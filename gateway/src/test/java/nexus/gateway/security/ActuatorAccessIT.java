package nexus.gateway.security;

import nexus.gateway.GatewayTestBase;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

/**
 * On the public port only health is open: metrics name internal addresses and routes, so
 * they are for administrators (and for Prometheus on the management port, see
 * {@link ManagementPortIT}).
 */
class ActuatorAccessIT extends GatewayTestBase {

	@Test
	void healthIsPublic() {
		this.http.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		this.http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
	}

	@Test
	void metricsAndInfoAreForAdministratorsOnly() {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/info", "/actuator" }) {
			this.http.get().uri(path).exchange().expectStatus().isUnauthorized();
			this.http.get()
				.uri(path)
				.header(HttpHeaders.AUTHORIZATION, customer())
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		this.http.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
			.build()
			.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, admin())
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void healthDetailsAreForAdministratorsOnly() {
		this.http.get()
			.uri("/actuator/health")
			.header(HttpHeaders.AUTHORIZATION, customer())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components")
			.doesNotExist();
		this.http.get()
			.uri("/actuator/health")
			.header(HttpHeaders.AUTHORIZATION, admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components")
			.exists();
	}

}
