package nexus.user.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import nexus.platform.domain.DomainEvent;

/**
 * An account changed: who changed it, what it was before, what it is now, and when. One
 * event per command that changed anything, however many fields it changed; a command that
 * changes nothing registers none.
 *
 * @param accountId the account (the user id)
 * @param changedBy who made the change: the account holder, or an administrator
 * @param before the state before the change
 * @param after the state after it
 * @param changedAt when
 */
public record AccountChanged(UUID accountId, UUID changedBy, AccountState before, AccountState after,
		Instant changedAt) implements DomainEvent {

	/**
	 * Whether the change took away the account's access.
	 * @return {@code true} when it was active and is no longer
	 */
	public boolean deactivated() {
		return this.before.active() && !this.after.active();
	}

	/**
	 * Whether the change gave a deactivated account its access back.
	 * @return {@code true} when it was inactive and is active now
	 */
	public boolean reactivated() {
		return !this.before.active() && this.after.active();
	}

	/**
	 * Whether the account goes by other names now.
	 * @return {@code true} when the first or last name changed
	 */
	public boolean renamed() {
		return !this.before.firstName().equals(this.after.firstName())
				|| !this.before.lastName().equals(this.after.lastName());
	}

	/**
	 * Whether, and why, this change revokes the account's access tokens: a deactivation
	 * does, and so does a role change (its tokens carry the old role).
	 * @return the reason, or empty
	 */
	public Optional<AccessRevoked.Reason> revocation() {
		if (deactivated()) {
			return Optional.of(AccessRevoked.Reason.DEACTIVATED);
		}
		return roleChanged() ? Optional.of(AccessRevoked.Reason.ROLE_CHANGED) : Optional.empty();
	}

	/**
	 * Whether the account has another role now.
	 * @return {@code true} when the role changed
	 */
	public boolean roleChanged() {
		return this.before.role() != this.after.role();
	}

}
