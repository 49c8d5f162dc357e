package nexus.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a Spring integration test that needs real infrastructure. Its application context
 * gets a fresh PostgreSQL database of its own and the shared Kafka broker
 * ({@link TestPostgres}, {@link TestKafka}); contexts are cached as usual, and every test
 * class starts with empty tables.
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CleanDatabaseExtension.class)
public @interface NexusIntegrationTest {

}
