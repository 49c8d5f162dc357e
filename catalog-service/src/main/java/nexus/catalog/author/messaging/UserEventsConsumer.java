package nexus.catalog.author.messaging;

import java.util.function.Consumer;

import nexus.catalog.author.AuthorNames;
import nexus.events.user.UserAccessRevoked;
import nexus.events.user.UserDeactivated;
import nexus.events.user.UserEvent;
import nexus.events.user.UserRegistered;
import nexus.events.user.UserUpdated;
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
		return consumers.idempotent("catalog-service.authors", UserEvent.class, (received) -> {
			switch (received.event()) {
				case UserRegistered registered -> authors.named(registered.userId(), registered.firstName(),
						registered.lastName(), registered.registeredAt());
				case UserUpdated updated ->
					authors.named(updated.userId(), updated.firstName(), updated.lastName(), updated.updatedAt());
				case UserDeactivated deactivated -> {
					// A deactivated user's reviews stay, under the name they had.
				}
				case UserAccessRevoked revoked -> {
					// Tokens, not names: the platform's revocation view hears this one.
				}
			}
		});
	}

}
