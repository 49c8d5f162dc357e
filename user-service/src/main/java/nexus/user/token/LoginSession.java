package nexus.user.token;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One active login of a user, as they see it.
 *
 * @param id the login's id (its refresh-token family; the {@code sid} claim of its access
 * tokens)
 * @param createdAt when it logged in
 * @param lastUsedAt when its refresh token was last used
 * @param clientAddress the client address it logged in from
 * @param userAgent the user agent it logged in with, if it sent one
 */
public record LoginSession(UUID id, Instant createdAt, Instant lastUsedAt, String clientAddress,
		@Nullable String userAgent) {
}
