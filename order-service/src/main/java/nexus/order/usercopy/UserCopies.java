package nexus.order.usercopy;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import nexus.events.user.UserAccessRevoked;
import nexus.events.user.UserDeactivated;
import nexus.events.user.UserEvent;
import nexus.events.user.UserRegistered;
import nexus.events.user.UserUpdated;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local copy of users: kept from user-service's events, asked whether an account may
 * order.
 */
@Service
public class UserCopies {

	private final UserCopyRepository copies;

	private final Clock clock;

	UserCopies(UserCopyRepository copies, Clock clock) {
		this.copies = copies;
		this.clock = clock;
	}

	/**
	 * Applies one user event, in the consumer's transaction.
	 * @param event the event
	 */
	@Transactional
	public void apply(UserEvent event) {
		if (event instanceof UserAccessRevoked) {
			// Tokens, not the account: the platform's revocation view hears this one.
			return;
		}
		UserCopy copy = this.copies.findById(event.userId())
			.orElseGet(() -> this.copies.save(new UserCopy(event.userId(), this.clock.instant())));
		switch (event) {
			case UserRegistered registered -> copy.update(registered.email(), true, this.clock.instant());
			case UserUpdated updated -> copy.update(updated.email(), updated.active(), this.clock.instant());
			case UserDeactivated deactivated -> copy.deactivate(this.clock.instant());
			case UserAccessRevoked revoked -> {
				// Handled above.
			}
		}
	}

	/**
	 * Whether an account is known to be deactivated. An account not heard of yet may
	 * order: its registration event can trail its first request.
	 * @param userId the user
	 * @return {@code true} only for a known, deactivated account
	 */
	@Transactional(readOnly = true)
	public boolean isDeactivated(UUID userId) {
		return this.copies.findById(userId).map((copy) -> !copy.active()).orElse(false);
	}

	@Transactional(readOnly = true)
	public Optional<String> email(UUID userId) {
		return this.copies.findById(userId).map(UserCopy::email);
	}

}
