package nexus.events.user;

import java.time.Instant;
import java.util.UUID;

import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * A person registered an account.
 *
 * @param userId the new user's id
 * @param email the e-mail address, lower case
 * @param firstName first name
 * @param lastName last name
 * @param role {@code CUSTOMER} or {@code ADMIN}
 * @param registeredAt when the account was created
 */
@EventContract(type = "nexus.user.UserRegistered", version = 1, topic = Topics.USERS)
public record UserRegistered(UUID userId, String email, String firstName, String lastName, String role,
		Instant registeredAt) implements UserEvent {

	public UserRegistered {
		required(userId, "userId");
		required(email, "email");
		required(firstName, "firstName");
		required(lastName, "lastName");
		required(role, "role");
		required(registeredAt, "registeredAt");
	}

}
