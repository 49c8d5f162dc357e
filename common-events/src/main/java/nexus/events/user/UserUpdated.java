package nexus.events.user;

import java.time.Instant;
import java.util.UUID;

import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * A user's profile, role or active flag changed; carries the whole new state.
 *
 * @param userId the user's id
 * @param email the e-mail address, lower case
 * @param firstName first name
 * @param lastName last name
 * @param role {@code CUSTOMER} or {@code ADMIN}
 * @param active whether the account may log in
 * @param updatedAt when the change was made
 */
@EventContract(type = "nexus.user.UserUpdated", version = 1, topic = Topics.USERS)
public record UserUpdated(UUID userId, String email, String firstName, String lastName, String role, boolean active,
		Instant updatedAt) implements UserEvent {

	public UserUpdated {
		required(userId, "userId");
		required(email, "email");
		required(firstName, "firstName");
		required(lastName, "lastName");
		required(role, "role");
		required(updatedAt, "updatedAt");
	}

}
