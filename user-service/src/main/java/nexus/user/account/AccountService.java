package nexus.user.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nexus.events.user.UserDeactivated;
import nexus.events.user.UserRegistered;
import nexus.events.user.UserUpdated;
import nexus.platform.messaging.outbox.Outbox;
import nexus.platform.web.ApiException;
import nexus.platform.paging.PageQuery;
import nexus.platform.paging.Listing;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, reads and changes accounts. Every change is published through the outbox in the
 * transaction that makes it.
 */
@Service
public class AccountService {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Outbox outbox;

	private final Clock clock;

	private final Counter registrations;

	AccountService(UserAccountRepository accounts, PasswordEncoder passwords, Outbox outbox, Clock clock,
			MeterRegistry meters) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.outbox = outbox;
		this.clock = clock;
		this.registrations = Counter.builder("nexus.users.registrations")
			.description("Accounts opened")
			.register(meters);
	}

	/**
	 * Opens a customer account.
	 * @param registration what the person gave
	 * @return the new account
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
		if (this.accounts.findByEmail(normalize(registration.email())).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(open(registration, Role.ADMIN));
	}

	private AccountView open(Registration registration, Role role) {
		String email = normalize(registration.email());
		PasswordPolicy.weakness(registration.password(), email).ifPresent((reason) -> {
			throw new ApiException(HttpStatus.BAD_REQUEST, "weak-password", "Weak password", "The password " + reason,
					List.of(new ApiException.FieldError("password", reason)));
		});
		if (this.accounts.findByEmail(email).isPresent()) {
			throw duplicateEmail();
		}
		UserAccount account = UserAccount.open(email, this.passwords.encode(registration.password()),
				registration.firstName(), registration.lastName(), role, now());
		try {
			this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			// Another registration with the same address committed in between.
			throw duplicateEmail();
		}
		this.outbox.publish(new UserRegistered(account.id(), account.email(), account.firstName(), account.lastName(),
				account.role().name(), account.createdAt()));
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
		catch (IllegalArgumentException ex) {
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

	@Transactional(readOnly = true)
	public AccountView get(UUID userId) {
		return AccountView.of(find(userId));
	}

	@Transactional(readOnly = true)
	public Listing<AccountView> list(String emailContains, PageQuery page) {
		String filter = (emailContains == null || emailContains.isBlank()) ? null
				: emailContains.trim().toLowerCase(Locale.ROOT);
		return Listing.of(this.accounts.search(filter, page.pageable()).map(AccountView::of));
	}

	/**
	 * A user renames themselves.
	 * @param userId the user
	 * @param firstName new first name, or {@code null}
	 * @param lastName new last name, or {@code null}
	 * @param expectedVersion the version the client last read, or {@code null}
	 * @return the account after the change
	 */
	@Transactional
	public AccountView rename(UUID userId, String firstName, String lastName, Long expectedVersion) {
		UserAccount account = find(userId);
		checkVersion(account, expectedVersion);
		if (account.rename(firstName, lastName, now())) {
			publishUpdate(this.accounts.saveAndFlush(account));
		}
		return AccountView.of(account);
	}

	/**
	 * An administrator changes someone's names, role or access. No change may leave the
	 * shop without an active administrator, and nobody deactivates themselves.
	 * @param administrator who makes the change
	 * @param userId whose account
	 * @param change what changes
	 * @param expectedVersion the version the client last read, or {@code null}
	 * @return the account after the change
	 */
	@Transactional
	public AccountView administer(UUID administrator, UUID userId, AccountChange change, Long expectedVersion) {
		UserAccount account = find(userId);
		checkVersion(account, expectedVersion);
		Instant now = now();
		boolean wasActiveAdmin = account.isActiveAdmin();
		if (Boolean.FALSE.equals(change.active()) && account.id().equals(administrator)) {
			throw ApiException.unprocessable("cannot-deactivate-self", "Cannot deactivate yourself",
					"Ask another administrator to deactivate your account");
		}
		boolean renamed = account.rename(change.firstName(), change.lastName(), now);
		boolean roleChanged = change.role() != null && account.changeRole(change.role(), now);
		boolean deactivated = Boolean.FALSE.equals(change.active()) && account.deactivate(now);
		boolean reactivated = Boolean.TRUE.equals(change.active()) && account.reactivate(now);
		if (wasActiveAdmin && !account.isActiveAdmin() && this.accounts.lockOtherActiveAdmins(account.id()).isEmpty()) {
			throw ApiException.unprocessable("last-administrator", "Last administrator",
					"The shop must keep at least one active administrator");
		}
		if (renamed || roleChanged || deactivated || reactivated) {
			this.accounts.saveAndFlush(account);
			if (deactivated) {
				this.outbox.publish(new UserDeactivated(account.id(), now));
			}
			if (renamed || roleChanged || reactivated) {
				publishUpdate(account);
			}
		}
		return AccountView.of(account);
	}

	private void publishUpdate(UserAccount account) {
		this.outbox.publish(new UserUpdated(account.id(), account.email(), account.firstName(), account.lastName(),
				account.role().name(), account.active(), account.updatedAt()));
	}

	private UserAccount find(UUID userId) {
		return this.accounts.findById(userId).orElseThrow(() -> ApiException.notFound("User", userId));
	}

	private static void checkVersion(UserAccount account, Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != account.version()) {
			throw ApiException.conflict("stale-version", "Stale version", "The account changed since version "
					+ expectedVersion + " was read; it is now at version " + account.version());
		}
	}

	private static String normalize(String email) {
		try {
			return EmailAddress.normalize(email);
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "validation-error", "Invalid request",
					"The request has invalid fields",
					List.of(new ApiException.FieldError("email", "must be a valid e-mail address")));
		}
	}

	private static ApiException duplicateEmail() {
		return ApiException.conflict("duplicate-email", "E-mail already registered",
				"An account with this e-mail address already exists");
	}

	private Instant now() {
		return this.clock.instant();
	}

}
