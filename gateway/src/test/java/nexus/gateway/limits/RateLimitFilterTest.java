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
		GatewayProperties.Limit limit = new GatewayProperties.Limit(1, Duration.ofMinutes(1));

		new RateLimitFilter(new InMemoryRateLimitStore(Clock.systemUTC()),
				new GatewayProperties.RateLimits("memory", URI.create("redis://localhost:6379"), limit, limit, limit),
				meters);

		assertThat(meters.find("nexus.gateway.rate.limited").counters()).extracting((c) -> c.getId().getTag("policy"))
			.containsExactlyInAnyOrder("authentication", "authenticated", "anonymous");
		assertThat(meters.find("nexus.gateway.rate.limited").counters()).extracting(Counter::count).containsOnly(0.0);
	}

}
