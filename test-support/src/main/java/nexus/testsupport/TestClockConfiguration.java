package nexus.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's clock in every {@link ServiceIntegrationTest}: a {@link MutableClock},
 * which replaces the platform's system clock. A class of its own, not nested in the
 * harness, so that Spring does not also take it for the harness's default configuration.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

	@Bean
	MutableClock clock() {
		return new MutableClock();
	}

}
