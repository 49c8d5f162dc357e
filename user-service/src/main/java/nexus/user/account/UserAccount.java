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

/**
 * A person's account: who they are, how they prove it, what they may do, and whether they
 * still may. The password is only ever held as a hash.
 */
@Entity
@Table(name = "users")
public class UserAccount {

	@Id
	private UUID id;

	@Column(nullable = false, length = EmailAddress.MAX_LENGTH)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "first_name", nullable = false, length = 100)
	private String firstName;

	@Column(name = "last_name", nullable = false, length = 100)
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
	 * @return the new, active account
	 */
	public static UserAccount open(String email, String passwordHash, String firstName, String lastName, Role role,
			Instant now) {
		return new UserAccount(UUID.randomUUID(), email, passwordHash, firstName, lastName, role, now);
	}

	/**
	 * Changes the names the user goes by.
	 * @param newFirstName the new first name, or {@code null} to keep it
	 * @param newLastName the new last name, or {@code null} to keep it
	 * @param now the time
	 * @return whether anything changed
	 */
	public boolean rename(String newFirstName, String newLastName, Instant now) {
		String first = (newFirstName != null) ? name(newFirstName, "firstName") : this.firstName;
		String last = (newLastName != null) ? name(newLastName, "lastName") : this.lastName;
		if (first.equals(this.firstName) && last.equals(this.lastName)) {
			return false;
		}
		this.firstName = first;
		this.lastName = last;
		this.updatedAt = now;
		return true;
	}

	/**
	 * Gives the account another role.
	 * @param newRole the role
	 * @param now the time
	 * @return whether it changed
	 */
	public boolean changeRole(Role newRole, Instant now) {
		if (this.role == Objects.requireNonNull(newRole)) {
			return false;
		}
		this.role = newRole;
		this.updatedAt = now;
		return true;
	}

	/**
	 * Stops the account from logging in or refreshing its tokens.
	 * @param now the time
	 * @return whether it was active
	 */
	public boolean deactivate(Instant now) {
		if (!this.active) {
			return false;
		}
		this.active = false;
		this.updatedAt = now;
		return true;
	}

	/**
	 * Lets a deactivated account log in again.
	 * @param now the time
	 * @return whether it was inactive
	 */
	public boolean reactivate(Instant now) {
		if (this.active) {
			return false;
		}
		this.active = true;
		this.updatedAt = now;
		return true;
	}

	/**
	 * Whether this is an active administrator.
	 * @return {@code true} for an active admin
	 */
	public boolean isActiveAdmin() {
		return this.active && this.role == Role.ADMIN;
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

	private static String name(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be blank");
		}
		String trimmed = value.trim();
		if (trimmed.length() > 100) {
			throw new IllegalArgumentException(field + " must be at most 100 characters");
		}
		return trimmed;
	}

}
