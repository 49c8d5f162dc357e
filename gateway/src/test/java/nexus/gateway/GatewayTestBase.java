package nexus.gateway;

import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import nexus.testsupport.TestKafka;
import nexus.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway's integration tests share one application context, in front of
 * {@link Downstreams} and the test JWKS. Limits are small enough to reach in a test, and
 * client addresses come from {@code X-Forwarded-For} so tests can act as different
 * clients.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"server.forward-headers-strategy=native", "nexus.gateway.rate-limits.authentication.requests=5",
		"nexus.gateway.rate-limits.authenticated.requests=20", "nexus.gateway.rate-limits.anonymous.requests=10000",
		"resilience4j.timelimiter.configs.default.timeout-duration=2s", "nexus.gateway.graphql.max-depth=5",
		"nexus.gateway.graphiql.enabled=true", "spring.cloud.gateway.server.webflux.httpclient.response-timeout=3s" })
@AutoConfigureWebTestClient
public abstract class GatewayTestBase {

	@Autowired
	protected WebTestClient http;

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
