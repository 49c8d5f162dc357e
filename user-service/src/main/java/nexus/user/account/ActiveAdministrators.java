package nexus.user.account;

import java.util.UUID;

/**
 * Whether the shop keeps an active administrator besides one account. An account asks
 * only when a change would take its own administration away, so that only such a change
 * pays for the answer (which locks the other administrators' rows, serialising two
 * administrators who demote each other at once).
 */
@FunctionalInterface
public interface ActiveAdministrators {

	/**
	 * Whether another active administrator exists.
	 * @param accountId the account that is about to stop being one
	 * @return {@code true} when at least one other remains
	 */
	boolean existBesides(UUID accountId);

}
