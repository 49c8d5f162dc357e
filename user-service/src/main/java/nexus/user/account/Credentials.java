package nexus.user.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What login needs to know of an account.
 *
 * @param userId the user id
 * @param email the e-mail address
 * @param passwordHash the encoded password
 * @param role the role
 * @param active whether it may log in
 * @param tokensNotBefore access tokens issued before it are revoked; a new one is stamped
 * no earlier, or {@code null}
 */
public record Credentials(UUID userId, String email, String passwordHash, Role role, boolean active,
		@Nullable Instant tokensNotBefore) {

	/**
	 * The roles to put in an access token.
	 * @return the role names
	 */
	public List<String> roles() {
		return List.of(this.role.name());
	}

	static Credentials of(UserAccount account) {
		return new Credentials(account.id(), account.email(), account.passwordHash(), account.role(), account.active(),
				account.tokensNotBefore());
	}

}
