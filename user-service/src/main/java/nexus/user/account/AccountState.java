package nexus.user.account;

/**
 * What an account is at one moment, as its events tell it: before and after a change.
 * Never the password hash.
 *
 * @param email the e-mail address, normalised
 * @param firstName first name
 * @param lastName last name
 * @param role the role
 * @param active whether it may log in
 */
public record AccountState(String email, String firstName, String lastName, Role role, boolean active) {

	/**
	 * Whether this is the state of an active administrator.
	 * @return {@code true} for an active admin
	 */
	public boolean isActiveAdmin() {
		return this.active && this.role == Role.ADMIN;
	}

}
