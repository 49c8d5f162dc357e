package nexus.user;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nexus.testsupport.NexusIntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * user-service's integration tests share one application context on a random port, with a
 * real PostgreSQL and Kafka, and signing keys of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "nexus.tokens.keys.location=target/test-keys" })
@NexusIntegrationTest
public @interface UserServiceIntegrationTest {

}
