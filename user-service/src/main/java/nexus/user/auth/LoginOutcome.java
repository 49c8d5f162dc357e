package nexus.user.auth;

import java.time.Duration;

/**
 * What a login comes to, when it is not refused by a rule. Not being logged in is an
 * answer of the authentication protocol, not a domain refusal: the web layer tells the
 * client (401 for bad credentials, 429 with {@code Retry-After} when throttled).
 */
public sealed interface LoginOutcome {

	/**
	 * The password matched an active account.
	 *
	 * @param tokens the new access and refresh token
	 */
	record LoggedIn(TokenPair tokens) implements LoginOutcome {
	}

	/**
	 * An unknown e-mail address or a wrong password: the same outcome for both, on
	 * purpose, so that nobody learns which addresses have accounts. The failure was
	 * counted.
	 */
	record BadCredentials() implements LoginOutcome {
	}

	/**
	 * Too many failed logins for the address tried or from the client; nothing was
	 * checked.
	 *
	 * @param retryAfter how long until the next attempt may go ahead
	 */
	record Throttled(Duration retryAfter) implements LoginOutcome {
	}

}
