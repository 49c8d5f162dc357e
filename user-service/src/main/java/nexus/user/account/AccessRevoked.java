package nexus.user.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import nexus.platform.domain.DomainEvent;

/**
 * Every access token of an account issued before {@code notBefore} is void. Registered
 * for a password change and a sign-out everywhere; a deactivation or a role change says
 * the same through its {@link AccountChanged}, with the same instant
 * ({@link #notBeforeFor(Instant)}).
 *
 * @param accountId the account (the user id)
 * @param notBefore tokens issued before it are refused
 * @param reason why
 * @param revokedAt when
 */
public record AccessRevoked(UUID accountId, Instant notBefore, Reason reason,
		Instant revokedAt) implements DomainEvent {

	/**
	 * The not-before instant of a revocation made at a time: the next whole second. An
	 * access token's {@code iat} counts whole seconds, so a token issued earlier in the
	 * same second is revoked too; a token issued after the revocation is stamped no
	 * earlier than this instant (see {@code AccessTokens}).
	 * @param at when the revocation was made
	 * @return the instant
	 */
	public static Instant notBeforeFor(Instant at) {
		return at.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
	}

	/** Why an account's tokens were revoked. */
	public enum Reason {

		/** An administrator deactivated the account. */
		DEACTIVATED,

		/** An administrator changed its role. */
		ROLE_CHANGED,

		/** Its holder changed the password. */
		PASSWORD_CHANGED,

		/** Its holder signed out everywhere. */
		SIGNED_OUT_EVERYWHERE

	}

}
