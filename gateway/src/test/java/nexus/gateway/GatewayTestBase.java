package nexus.gateway;

import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import nexus.testsupport.TestKafka;
import nexus.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway's integration tests share one application context, in front of
 * {@link Downstreams} and the test JWKS. Limits are small enough to reach in a test, and
 * the tests' own address (loopback) is a trusted proxy, so client addresses come from
 * {@code X-Forwarded-For} and tests can act as different clients.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"nexus.gateway.trusted-proxies=127.0.0.1/32,::1/128", "nexus.gateway.rate-limits.authentication.capacity=5",
		"nexus.gateway.rate-limits.authentication.refill=5", "nexus.gateway.rate-limits.authenticated.capacity=20",
		"nexus.gateway.rate-limits.authenticated.refill=20", "nexus.gateway.rate-limits.anonymous.capacity=10000",
		"nexus.gateway.rate-limits.public-reads.capacity=10000", "nexus.gateway.rate-limits.graphql.capacity=4000",
		"nexus.gateway.rate-limits.graphql.refill=4000", "nexus.gateway.graphql.max-downstream-calls=20",
		"resilience4j.timelimiter.configs.default.timeout-duration=2s", "nexus.gateway.graphql.max-depth=5",
		"nexus.gateway.graphiql.enabled=true", "spring.cloud.gateway.server.webflux.httpclient.response-timeout=3s" })
@AutoConfigureWebTestClient
public abstract class GatewayTestBase {

	@Autowired
	protected WebTestClient http;

	@LocalServerPort
	protected int port;

	@Autowired
	protected CircuitBreakerRegistry breakers;

	@DynamicPropertySource
	static void downstreams(DynamicPropertyRegistry registry) {
		registry.add("USER_SERVICE_URL", Downstreams.USERS::baseUrl);
		registry.add("CATALOG_SERVICE_URL", Downstreams.CATALOG::baseUrl);
		registry.add("ORDER_SERVICE_URL", Downstreams.ORDERS::baseUrl);
		registry.add("nexus.security.jwt.jwk-set-uri", TestTokens::jwkSetUri);
		registry.add("nexus.security.revocation.bootstrap-servers", TestKafka::bootstrapServers);
	}

	@BeforeEach
	void freshDownstreams() {
		Downstreams.resetAll();
		this.breakers.getAllCircuitBreakers().forEach((breaker) -> breaker.reset());
	}

	protected static String customer() {
		return "Bearer " + TestTokens.customer(UUID.randomUUID());
	}

	protected static String admin() {
		return "Bearer " + TestTokens.admin(UUID.randomUUID());
	}

	protected static String randomAddress() {
		return "10.1." + (int) (Math.random() * 255) + "." + (1 + (int) (Math.random() * 250));
	}

}
