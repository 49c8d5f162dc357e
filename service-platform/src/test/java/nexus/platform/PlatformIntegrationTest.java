package nexus.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nexus.platform.testapp.PlatformTestApplication;
import nexus.testsupport.NexusIntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The platform's integration tests share one application context: the test application on
 * a random port, with a real PostgreSQL and a real Kafka broker.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@NexusIntegrationTest
public @interface PlatformIntegrationTest {

}
