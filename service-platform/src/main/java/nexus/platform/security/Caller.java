package nexus.platform.security;

import java.util.Collection;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The authenticated user of a request, from their access token.
 *
 * @param userId the token subject
 * @param admin whether the token carries the {@code ADMIN} role
 */
public record Caller(UUID userId, boolean admin) {

	/**
	 * Reads the caller from a validated token.
	 * @param jwt the token
	 * @return the caller
	 */
	public static Caller from(Jwt jwt) {
		Collection<String> roles = jwt.getClaimAsStringList(NexusSecurityAutoConfiguration.ROLES_CLAIM);
		return new Caller(UUID.fromString(jwt.getSubject()), roles != null && roles.contains("ADMIN"));
	}

}
