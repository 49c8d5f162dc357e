package nexus.user.account;

import java.time.Instant;
import java.util.UUID;

/**
 * An account as the application shows it: everything but the password hash.
 *
 * @param id the user id
 * @param email the e-mail address
 * @param firstName first name
 * @param lastName last name
 * @param role the role
 * @param active whether it may log in
 * @param createdAt when it was opened
 * @param updatedAt when it last changed
 * @param version its optimistic-locking version
 */
public record AccountView(UUID id, String email, String firstName, String lastName, Role role, boolean active,
		Instant createdAt, Instant updatedAt, long version) {

	static AccountView of(UserAccount account) {
		return new AccountView(account.id(), account.email(), account.firstName(), account.lastName(), account.role(),
				account.active(), account.createdAt(), account.updatedAt(), account.version());
	}

}
