package nexus.user.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nexus.platform.domain.InvalidValue;
import nexus.platform.domain.NotFound;
import nexus.platform.domain.NotPermitted;
import nexus.platform.domain.RuleViolation;
import nexus.platform.domain.StaleVersion;
import nexus.platform.domain.StateConflict;
import nexus.platform.paging.Listing;
import nexus.platform.paging.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, reads and changes accounts. The rules live in {@link UserAccount},
 * {@link EmailAddress} and {@link PasswordPolicy}; this service loads, asks and saves.
 * Every change is saved through the repository, which publishes the account's events in
 * the transaction that makes the change.
 */
@Service
public class AccountService {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final Counter registrations;

	AccountService(UserAccountRepository accounts, PasswordEncoder passwords, Clock clock, MeterRegistry meters) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
		this.registrations = Counter.builder("nexus.users.registrations")
			.description("Accounts opened")
			.register(meters);
	}

	/**
	 * Opens a customer account.
	 * @param registration what the person gave
	 * @return the new account
	 * @throws InvalidValue for an invalid address or a weak password
	 * @throws StateConflict {@code duplicate-email} when the address has an account
	 */
	@Transactional
	public AccountView register(Registration registration) {
		return open(registration, Role.CUSTOMER);
	}

	/**
	 * Opens an administrator account, unless one with that e-mail exists.
	 * @param registration the administrator's details
	 * @return the new account, or empty if the address was taken
	 */
	@Transactional
	public Optional<AccountView> openAdministratorIfAbsent(Registration registration) {
		if (this.accounts.findByEmail(EmailAddress.normalize(registration.email())).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(open(registration, Role.ADMIN));
	}

	private AccountView open(Registration registration, Role role) {
		String email = EmailAddress.normalize(registration.email());
		PasswordPolicy.require(registration.password(), email);
		if (this.accounts.findByEmail(email).isPresent()) {
			throw duplicateEmail();
		}
		UserAccount account = UserAccount.open(email, this.passwords.encode(registration.password()),
				registration.firstName(), registration.lastName(), role, this.clock.instant());
		try {
			this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			// Another registration with the same address committed in between.
			throw duplicateEmail();
		}
		this.registrations.increment();
		return AccountView.of(account);
	}

	/**
	 * What login needs to check a password.
	 * @param email the address as typed
	 * @return the credentials, if an account has that address
	 */
	@Transactional(readOnly = true)
	public Optional<Credentials> credentials(String email) {
		try {
			return this.accounts.findByEmail(EmailAddress.normalize(email)).map(Credentials::of);
		}
		catch (InvalidValue notAnAddress) {
			return Optional.empty();
		}
	}

	/**
	 * The current state of an account, for token refresh.
	 * @param userId the user id
	 * @return the credentials, if the account exists
	 */
	@Transactional(readOnly = true)
	public Optional<Credentials> credentials(UUID userId) {
		return this.accounts.findById(userId).map(Credentials::of);
	}

	/**
	 * One account.
	 * @param userId the user id
	 * @return the account
	 * @throws NotFound when there is none
	 */
	@Transactional(readOnly = true)
	public AccountView get(UUID userId) {
		return AccountView.of(find(userId));
	}

	/**
	 * Accounts, a page at a time.
	 * @param emailContains only accounts whose address contains this, or {@code null}
	 * @param page which page, in which order
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Listing<AccountView> list(@Nullable String emailContains, PageQuery page) {
		@Nullable String filter = (emailContains == null || emailContains.isBlank()) ? null
				: emailContains.trim().toLowerCase(Locale.ROOT);
		return Listing.of(this.accounts.search(filter, page.pageable()).map(AccountView::of));
	}

	/**
	 * A user renames themselves. The version is optional here: only the account holder
	 * edits their own names, so a lost update needs two of their own windows; a client
	 * that sends it is protected all the same.
	 * @param userId the user
	 * @param firstName new first name, or {@code null}
	 * @param lastName new last name, or {@code null}
	 * @param expectedVersion the version the client last read, or {@code null} to skip
	 * the check
	 * @return the account after the change
	 * @throws StaleVersion when the account changed after that version
	 */
	@Transactional
	public AccountView rename(UUID userId, @Nullable String firstName, @Nullable String lastName,
			@Nullable Long expectedVersion) {
		UserAccount account = find(userId);
		if (expectedVersion != null) {
			account.requireVersion(expectedVersion);
		}
		account.rename(firstName, lastName, this.clock.instant());
		return AccountView.of(this.accounts.saveAndFlush(account));
	}

	/**
	 * An administrator changes someone's names, role or access, against the version they
	 * last read.
	 * @param administrator who makes the change
	 * @param userId whose account
	 * @param change what changes
	 * @param expectedVersion the version the administrator last read
	 * @return the account after the change
	 * @throws NotPermitted {@code not-an-administrator} when the caller's account is not
	 * an active administrator now, whatever its token says
	 * @throws NotFound when there is no such account
	 * @throws StaleVersion when it changed after that version
	 * @throws RuleViolation when the change would change the administrator's own role or
	 * access, or leave the shop without an active administrator
	 */
	@Transactional
	public AccountView administer(UUID administrator, UUID userId, AccountChange change, long expectedVersion) {
		requireActiveAdministrator(administrator);
		UserAccount account = find(userId);
		account.requireVersion(expectedVersion);
		account.administer(change, administrator, this::otherActiveAdministratorsExist, this.clock.instant());
		return AccountView.of(this.accounts.saveAndFlush(account));
	}

	/**
	 * Refuses a caller whose stored account is not an active administrator: a token's
	 * role claim says what the account was when the token was issued, not what it is.
	 * @param administrator the caller
	 * @throws NotPermitted {@code not-an-administrator}
	 */
	@Transactional(readOnly = true)
	public void requireActiveAdministrator(UUID administrator) {
		if (!this.accounts.findById(administrator).map(UserAccount::isActiveAdmin).orElse(false)) {
			throw new NotPermitted("not-an-administrator", "Not an administrator",
					"Your account is no longer an active administrator");
		}
	}

	/**
	 * The account holder changes their password, proving the current one; every access
	 * token issued before is revoked.
	 * @param userId the user
	 * @param currentPassword the password now
	 * @param newPassword the password from now on
	 * @throws NotPermitted {@code wrong-password} when the current password is wrong
	 * @throws InvalidValue {@code weak-password} for a new password the policy refuses
	 */
	@Transactional
	public void changePassword(UUID userId, String currentPassword, String newPassword) {
		UserAccount account = find(userId);
		if (!this.passwords.matches(currentPassword, account.passwordHash())) {
			throw new NotPermitted("wrong-password", "Wrong password", "The current password is wrong");
		}
		PasswordPolicy.require(newPassword, account.email(), "newPassword");
		account.changePassword(this.passwords.encode(newPassword), this.clock.instant());
		this.accounts.saveAndFlush(account);
	}

	/**
	 * The account holder signs out everywhere: every access token issued before now is
	 * revoked.
	 * @param userId the user
	 */
	@Transactional
	public void signOutEverywhere(UUID userId) {
		UserAccount account = find(userId);
		account.signOutEverywhere(this.clock.instant());
		this.accounts.saveAndFlush(account);
	}

	private boolean otherActiveAdministratorsExist(UUID accountId) {
		return !this.accounts.lockOtherActiveAdmins(accountId).isEmpty();
	}

	private UserAccount find(UUID userId) {
		return this.accounts.findById(userId).orElseThrow(() -> new NotFound("User", userId));
	}

	private static StateConflict duplicateEmail() {
		return new StateConflict("duplicate-email", "E-mail already registered",
				"An account with this e-mail address already exists");
	}

}
