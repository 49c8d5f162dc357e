package nexus.platform.testapp;

import java.util.function.Consumer;

import nexus.events.user.UserEvent;
import nexus.platform.messaging.inbox.EventConsumers;
import nexus.platform.security.PublicEndpoints;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.messaging.Message;

/**
 * A minimal service built on the platform, as the real services are: it publishes user
 * events through the outbox and keeps a copy of users from them.
 */
@SpringBootApplication
public class PlatformTestApplication {

	@Bean
	Consumer<Message<byte[]>> userEvents(EventConsumers consumers, UserCopies copies) {
		return consumers.idempotent("platform-test.user-copies", UserEvent.class, copies::apply);
	}

	@Bean
	PublicEndpoints publicTestEndpoints() {
		return PublicEndpoints.any("/test/public/**");
	}

	@Bean
	PublicEndpoints publicTestReads() {
		return PublicEndpoints.of(HttpMethod.GET, "/test/search");
	}

}
