package nexus.events.user;

import java.time.Instant;
import java.util.UUID;

import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * An administrator deactivated an account: it can no longer log in, and other services
 * stop accepting its orders.
 *
 * @param userId the user's id
 * @param deactivatedAt when it happened
 */
@EventContract(type = "nexus.user.UserDeactivated", version = 1, topic = Topics.USERS)
public record UserDeactivated(UUID userId, Instant deactivatedAt) implements UserEvent {

	public UserDeactivated {
		required(userId, "userId");
		required(deactivatedAt, "deactivatedAt");
	}

}
