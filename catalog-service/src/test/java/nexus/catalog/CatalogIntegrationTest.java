package nexus.catalog;

import nexus.testsupport.ServiceIntegrationTest;

import org.springframework.test.context.TestPropertySource;

/**
 * What every integration test of catalog-service shares, on top of the services' one
 * harness ({@link ServiceIntegrationTest}), so that they all run in one application
 * context: the service on a random port with a real PostgreSQL and a real Kafka broker, a
 * movable clock, and the events around it (publish other services' events, read what the
 * catalogue published from its topics).
 */
@TestPropertySource(properties = { "logging.level.org.apache.kafka=warn", "logging.level.kafka=warn",
		"logging.level.org.apache.kafka.clients.NetworkClient=error" })
public abstract class CatalogIntegrationTest extends ServiceIntegrationTest {

}
