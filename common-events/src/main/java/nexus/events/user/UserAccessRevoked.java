package nexus.events.user;

import java.time.Instant;
import java.util.UUID;

import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * Every access token of a user issued before an instant is void: the account was
 * deactivated, its role changed, its password changed, or its holder signed out
 * everywhere. The gateway and every service refuse such tokens (401, problem type
 * {@code token-revoked}); they keep the latest instant per user in a small view fed by
 * this event.
 *
 * @param userId the user's id
 * @param notBefore tokens issued ({@code iat}) before this instant are refused; a whole
 * second, since {@code iat} is one
 * @param reason why: {@code DEACTIVATED}, {@code ROLE_CHANGED}, {@code PASSWORD_CHANGED}
 * or {@code SIGNED_OUT_EVERYWHERE}
 * @param revokedAt when the decision was made
 */
@EventContract(type = "nexus.user.UserAccessRevoked", version = 1, topic = Topics.USERS)
public record UserAccessRevoked(UUID userId, Instant notBefore, String reason, Instant revokedAt) implements UserEvent {

	public UserAccessRevoked {
		required(userId, "userId");
		required(notBefore, "notBefore");
		required(reason, "reason");
		required(revokedAt, "revokedAt");
	}

}
