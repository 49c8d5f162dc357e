package nexus.user.account;

/**
 * What a person gives to open an account.
 *
 * @param email the e-mail address, as typed
 * @param password the chosen password, in clear for the moment it takes to hash it
 * @param firstName first name
 * @param lastName last name
 */
public record Registration(String email, String password, String firstName, String lastName) {

	@Override
	public String toString() {
		return "Registration[email=" + this.email + "]";
	}

}
