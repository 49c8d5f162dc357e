package nexus.catalog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nexus.testsupport.NexusIntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The catalogue's integration tests share one application context: the service on a
 * random port, with a real PostgreSQL and a real Kafka broker.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.org.apache.kafka=warn", "logging.level.kafka=warn",
				"logging.level.org.apache.kafka.clients.NetworkClient=error" })
@NexusIntegrationTest
public @interface CatalogIntegrationTest {

}
