package nexus.gateway.limits;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nexus.gateway.GatewayProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTest {

	@Test
	void refusalCountersStartAtZeroSoThatAnAlertSeesTheFirstRefusal() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		GatewayProperties.Limit limit = new GatewayProperties.Limit(1, 1, Duration.ofMinutes(1));

		new RateLimiter(new InMemoryRateLimitStore(Clock.systemUTC()), new GatewayProperties.RateLimits("memory",
				URI.create("redis://localhost:6379"), limit, limit, limit, limit, limit), meters);

		assertThat(meters.find("nexus.gateway.rate.limited").counters()).extracting((c) -> c.getId().getTag("policy"))
			.containsExactlyInAnyOrder("authentication", "public-reads", "authenticated", "anonymous", "graphql");
		assertThat(meters.find("nexus.gateway.rate.limited").counters()).extracting(Counter::count).containsOnly(0.0);
	}

	@Test
	void thePathALimitIsDecidedOnIsDecodedAndNormalised() {
		assertThat(RequestPaths.normalised("/api/auth/%6Cogin")).isEqualTo("/api/auth/login");
		assertThat(RequestPaths.normalised("/api//auth/./login/")).isEqualTo("/api/auth/login");
		assertThat(RequestPaths.normalised("/api/auth/x/../LOGIN;jsessionid=1")).isEqualTo("/api/auth/login");
		assertThat(RequestPaths.normalised("/api/auth%2Flogin")).isEqualTo("/api/auth/login");
		assertThat(RequestPaths.normalised("/graphql")).isEqualTo("/graphql");
	}

}
