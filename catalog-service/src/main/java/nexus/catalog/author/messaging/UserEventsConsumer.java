package nexus.catalog.author.messaging;

import java.util.function.Consumer;

import nexus.catalog.author.AuthorNames;
import nexus.events.user.UserEvent;
import nexus.platform.messaging.inbox.EventConsumers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * User events ({@code nexus.users.v1}, group {@code catalog-service}): authors' display
 * names.
 */
@Configuration(proxyBeanMethods = false)
class UserEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> userEvents(EventConsumers consumers, AuthorNames authors) {
		return consumers.idempotent("catalog-service.authors", UserEvent.class,
				(received) -> authors.apply(received.event()));
	}

}
