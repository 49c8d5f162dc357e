package nexus.gateway.limits;

import nexus.gateway.Downstreams;
import nexus.gateway.GatewayTestBase;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * A caller that is not a trusted proxy cannot pick the address it is counted by: its
 * {@code X-Forwarded-For} is ignored, by the gateway's limits and in what the gateway
 * tells the services. (Here only 10.0.0.0/8 is trusted, not the tests' loopback.)
 */
@TestPropertySource(properties = "nexus.gateway.trusted-proxies=10.0.0.0/8")
class TrustedProxyIT extends GatewayTestBase {

	@Test
	void anUntrustedCallersXForwardedForIsIgnoredByTheLoginLimitAndNotPassedOn() {
		Downstreams.USERS.stubFor(post(urlEqualTo("/api/auth/login")).willReturn(okJson("{}")));
		for (int i = 0; i < 5; i++) {
			login(randomAddress()).expectStatus().isOk();
		}

		login(randomAddress()).expectStatus().isEqualTo(429);
		Downstreams.USERS.verify(5,
				postRequestedFor(urlEqualTo("/api/auth/login")).withHeader("X-Forwarded-For", equalTo("127.0.0.1")));
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec login(String address) {
		return this.http.post()
			.uri("/api/auth/login")
			.header("X-Forwarded-For", address)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"email\":\"a@b.io\",\"password\":\"x\"}")
			.exchange();
	}

}
