package nexus.user.auth;

import nexus.user.token.RefreshTokens;

/**
 * What a token refresh comes to, when it is not refused by a rule. A refused refresh
 * token is an answer of the authentication protocol (the web layer says 401 and why), not
 * a domain refusal.
 */
public sealed interface RefreshOutcome {

	/**
	 * The refresh token was spent and the next pair issued.
	 *
	 * @param tokens the new access and refresh token
	 */
	record Refreshed(TokenPair tokens) implements RefreshOutcome {
	}

	/**
	 * The refresh token cannot be used.
	 *
	 * @param reason why: unknown, revoked, expired, or reused (which has just revoked the
	 * whole login)
	 */
	record Refused(RefreshTokens.Reason reason) implements RefreshOutcome {
	}

}
