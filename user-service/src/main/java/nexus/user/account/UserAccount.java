package nexus.user.account;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nexus.platform.domain.InvalidValue;
import nexus.platform.domain.RuleViolation;
import nexus.platform.domain.StaleVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A person's account: who they are, how they prove it, what they may do, and whether they
 * still may. The password is only ever held as a hash.
 * <p>
 * Every change registers one domain event ({@link AccountOpened}, {@link AccountChanged}
 * with the state before and after, {@link AccessRevoked}); they leave when the account is
 * saved through its repository. A deactivation, a role change, a password change and a
 * sign-out everywhere set the instant before which the account's access tokens are
 * revoked. A command that is refused changes nothing, not even in memory: the new state
 * is worked out and checked first, then applied.
 */
@Entity
@Table(name = "users")
public class UserAccount extends AbstractAggregateRoot<UserAccount> {

	private static final int MAX_NAME_LENGTH = 100;

	@Id
	private UUID id;

	@Column(nullable = false, length = EmailAddress.MAX_LENGTH)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "first_name", nullable = false, length = MAX_NAME_LENGTH)
	private String firstName;

	@Column(name = "last_name", nullable = false, length = MAX_NAME_LENGTH)
	private String lastName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "tokens_not_before")
	private @Nullable Instant tokensNotBefore;

	@Version
	private long version;

	protected UserAccount() {
		// for JPA
	}

	private UserAccount(UUID id, String email, String passwordHash, String firstName, String lastName, Role role,
			Instant now) {
		this.id = id;
		this.email = EmailAddress.normalize(email);
		this.passwordHash = Objects.requireNonNull(passwordHash);
		this.firstName = name(firstName, "firstName");
		this.lastName = name(lastName, "lastName");
		this.role = Objects.requireNonNull(role);
		this.active = true;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Opens an account.
	 * @param email the e-mail address, normalised here
	 * @param passwordHash the encoded password
	 * @param firstName first name
	 * @param lastName last name
	 * @param role its role
	 * @param now the time
	 * @return the new, active account, with {@link AccountOpened} registered
	 * @throws InvalidValue for an address that is none, or a blank or overlong name
	 */
	public static UserAccount open(String email, String passwordHash, String firstName, String lastName, Role role,
			Instant now) {
		UserAccount account = new UserAccount(UUID.randomUUID(), email, passwordHash, firstName, lastName, role, now);
		account.registerEvent(new AccountOpened(account.id, account.state(), now));
		return account;
	}

	/**
	 * The account holder changes the names they go by.
	 * @param newFirstName the new first name, or {@code null} to keep it
	 * @param newLastName the new last name, or {@code null} to keep it
	 * @param now the time
	 * @throws InvalidValue for a blank or overlong name
	 */
	public void rename(@Nullable String newFirstName, @Nullable String newLastName, Instant now) {
		apply(changed(AccountChange.names(newFirstName, newLastName)), this.id, now);
	}

	/**
	 * An administrator changes the account's names, role or access. Nobody changes their
	 * own role or access (an administrator may still rename themselves), and no change
	 * may leave the shop without an active administrator.
	 * @param change what changes
	 * @param administrator who makes the change
	 * @param administrators asked, only when this change would end this account's
	 * administration, whether another active administrator remains
	 * @param now the time
	 * @throws RuleViolation {@code cannot-deactivate-self},
	 * {@code cannot-change-own-role} or {@code last-administrator}
	 * @throws InvalidValue for a blank or overlong name
	 */
	public void administer(AccountChange change, UUID administrator, ActiveAdministrators administrators, Instant now) {
		AccountState after = changed(change);
		if (this.id.equals(administrator) && after.active() != this.active) {
			throw new RuleViolation("cannot-deactivate-self", "Cannot deactivate yourself",
					"Ask another administrator to deactivate your account");
		}
		if (this.id.equals(administrator) && after.role() != this.role) {
			throw new RuleViolation("cannot-change-own-role", "Cannot change your own role",
					"Ask another administrator to change your role");
		}
		if (isActiveAdmin() && !after.isActiveAdmin() && !administrators.existBesides(this.id)) {
			throw new RuleViolation("last-administrator", "Last administrator",
					"The shop must keep at least one active administrator");
		}
		apply(after, administrator, now);
	}

	/**
	 * The account holder changes their password: every access token issued before now is
	 * revoked ({@link AccessRevoked} {@code PASSWORD_CHANGED}).
	 * @param newPasswordHash the encoded new password
	 * @param now the time
	 */
	public void changePassword(String newPasswordHash, Instant now) {
		this.passwordHash = Objects.requireNonNull(newPasswordHash);
		this.updatedAt = now;
		revokeAccess(AccessRevoked.Reason.PASSWORD_CHANGED, now);
	}

	/**
	 * The account holder signs out everywhere: every access token issued before now is
	 * revoked ({@link AccessRevoked} {@code SIGNED_OUT_EVERYWHERE}).
	 * @param now the time
	 */
	public void signOutEverywhere(Instant now) {
		revokeAccess(AccessRevoked.Reason.SIGNED_OUT_EVERYWHERE, now);
	}

	private void revokeAccess(AccessRevoked.Reason reason, Instant now) {
		this.tokensNotBefore = AccessRevoked.notBeforeFor(now);
		registerEvent(new AccessRevoked(this.id, this.tokensNotBefore, reason, now));
	}

	/**
	 * Refuses a change made against another version than the current one.
	 * @param expected the version the caller last read
	 * @throws StaleVersion when the account has moved on since
	 */
	public void requireVersion(long expected) {
		StaleVersion.check("Account", expected, this.version);
	}

	/**
	 * Whether this is an active administrator.
	 * @return {@code true} for an active admin
	 */
	public boolean isActiveAdmin() {
		return state().isActiveAdmin();
	}

	/**
	 * What the account is now.
	 * @return its state
	 */
	public AccountState state() {
		return new AccountState(this.email, this.firstName, this.lastName, this.role, this.active);
	}

	public UUID id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public String firstName() {
		return this.firstName;
	}

	public String lastName() {
		return this.lastName;
	}

	public Role role() {
		return this.role;
	}

	public boolean active() {
		return this.active;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long version() {
		return this.version;
	}

	/**
	 * Access tokens issued before this instant are revoked.
	 * @return the instant, or {@code null} when none ever was
	 */
	public @Nullable Instant tokensNotBefore() {
		return this.tokensNotBefore;
	}

	private AccountState changed(AccountChange change) {
		return new AccountState(this.email,
				(change.firstName() != null) ? name(change.firstName(), "firstName") : this.firstName,
				(change.lastName() != null) ? name(change.lastName(), "lastName") : this.lastName,
				(change.role() != null) ? change.role() : this.role,
				(change.active() != null) ? change.active() : this.active);
	}

	private void apply(AccountState after, UUID changedBy, Instant now) {
		AccountState before = state();
		if (after.equals(before)) {
			return;
		}
		this.firstName = after.firstName();
		this.lastName = after.lastName();
		this.role = after.role();
		this.active = after.active();
		this.updatedAt = now;
		AccountChanged changed = new AccountChanged(this.id, changedBy, before, after, now);
		if (changed.revocation().isPresent()) {
			// UserAccessRevoked leaves with the AccountChanged event (AccountEvents).
			this.tokensNotBefore = AccessRevoked.notBeforeFor(now);
		}
		registerEvent(changed);
	}

	private static String name(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidValue(field, "must not be blank");
		}
		String trimmed = value.trim();
		if (trimmed.length() > MAX_NAME_LENGTH) {
			throw new InvalidValue(field, "must be at most " + MAX_NAME_LENGTH + " characters");
		}
		return trimmed;
	}

}
