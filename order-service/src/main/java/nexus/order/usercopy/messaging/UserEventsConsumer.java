package nexus.order.usercopy.messaging;

import java.util.function.Consumer;

import nexus.events.user.UserEvent;
import nexus.order.usercopy.UserCopies;
import nexus.platform.messaging.inbox.EventConsumers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Keeps the user copy from {@code nexus.users.v1} (binding {@code userEvents-in-0}).
 */
@Configuration(proxyBeanMethods = false)
class UserEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> userEvents(EventConsumers consumers, UserCopies copies) {
		return consumers.idempotent("order-service.user-copies", UserEvent.class,
				(received) -> copies.apply(received.event()));
	}

}
