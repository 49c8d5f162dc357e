package nexus.order.usercopy.messaging;

import java.util.function.Consumer;

import nexus.events.user.UserAccessRevoked;
import nexus.events.user.UserDeactivated;
import nexus.events.user.UserEvent;
import nexus.events.user.UserRegistered;
import nexus.events.user.UserUpdated;
import nexus.order.usercopy.UserCopies;
import nexus.platform.messaging.inbox.EventConsumers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Keeps the user copy from {@code nexus.users.v1} (binding {@code userEvents-in-0}): a
 * registered account may order, an updated one as its {@code active} says, a deactivated
 * one not. A revocation is about tokens, not the account: the platform's revocation view
 * hears it.
 */
@Configuration(proxyBeanMethods = false)
class UserEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> userEvents(EventConsumers consumers, UserCopies copies) {
		return consumers.idempotent("order-service.user-copies", UserEvent.class,
				(received) -> apply(received.event(), copies));
	}

	private static void apply(UserEvent event, UserCopies copies) {
		switch (event) {
			case UserRegistered registered -> copies.changed(registered.userId(), registered.email(), true);
			case UserUpdated updated -> copies.changed(updated.userId(), updated.email(), updated.active());
			case UserDeactivated deactivated -> copies.deactivated(deactivated.userId());
			case UserAccessRevoked revoked -> {
				// Tokens, not the account.
			}
		}
	}

}
