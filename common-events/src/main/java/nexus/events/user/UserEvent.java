package nexus.events.user;

import nexus.events.NexusEvent;

/**
 * Events of user-service, on {@link nexus.events.Topics#USERS}, keyed by user id.
 */
public sealed interface UserEvent extends NexusEvent
		permits UserRegistered, UserUpdated, UserDeactivated, UserAccessRevoked {

	/**
	 * The user this event is about.
	 * @return the user id
	 */
	java.util.UUID userId();

	@Override
	default String subject() {
		return userId().toString();
	}

}
