package nexus.user.account;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator changes on an account; {@code null} keeps a value.
 *
 * @param firstName new first name
 * @param lastName new last name
 * @param role new role
 * @param active whether the account may log in
 */
public record AccountChange(@Nullable String firstName, @Nullable String lastName, @Nullable Role role,
		@Nullable Boolean active) {

	/**
	 * A change of names only, as the account holder makes it.
	 * @param firstName new first name, or {@code null} to keep it
	 * @param lastName new last name, or {@code null} to keep it
	 * @return the change
	 */
	public static AccountChange names(@Nullable String firstName, @Nullable String lastName) {
		return new AccountChange(firstName, lastName, null, null);
	}

}
