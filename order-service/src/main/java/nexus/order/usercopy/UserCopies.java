package nexus.order.usercopy;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

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
	 * A user's account has this address and may, or may not, order; in the consumer's
	 * transaction.
	 * @param userId the user
	 * @param email the address
	 * @param active whether the account may order
	 */
	@Transactional
	public void changed(UUID userId, String email, boolean active) {
		copyOf(userId).update(email, active, this.clock.instant());
	}

	/**
	 * A user's account was deactivated: it may no longer order.
	 * @param userId the user
	 */
	@Transactional
	public void deactivated(UUID userId) {
		copyOf(userId).deactivate(this.clock.instant());
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

	private UserCopy copyOf(UUID userId) {
		return this.copies.findById(userId)
			.orElseGet(() -> this.copies.save(new UserCopy(userId, this.clock.instant())));
	}

}
