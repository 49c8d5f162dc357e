package nexus.user.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nexus.platform.domain.InvalidValue;
import nexus.platform.domain.NotFound;
import nexus.platform.domain.NotPermitted;
import nexus.platform.domain.RuleViolation;
import nexus.platform.domain.StaleVersion;
import nexus.platform.domain.StateConflict;
import nexus.platform.paging.PageQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * AccountService's rules without Spring: accounts in a map, a fixed clock, a readable
 * password encoder.
 */
class AccountServiceTest {

	private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	private static final String PASSWORD = "correct horse battery";

	private final InMemoryAccounts repository = new InMemoryAccounts();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final AccountService accounts = new AccountService(this.repository, new PlainPasswords(),
			Clock.fixed(NOW, ZoneOffset.UTC), this.meters);

	@Test
	void registrationOpensAnActiveCustomerAccountAndPublishesThatItWasOpened() {
		AccountView account = this.accounts
			.register(new Registration(" Ada@Example.com ", PASSWORD, "Ada", "Lovelace"));

		assertThat(account.email()).isEqualTo("ada@example.com");
		assertThat(account.role()).isEqualTo(Role.CUSTOMER);
		assertThat(account.active()).isTrue();
		assertThat(account.createdAt()).isEqualTo(NOW);
		assertThat(this.repository.published()).containsExactly(new AccountOpened(account.id(),
				new AccountState("ada@example.com", "Ada", "Lovelace", Role.CUSTOMER, true), NOW));
		assertThat(this.accounts.credentials("ADA@example.com")).hasValueSatisfying(
				(credentials) -> assertThat(credentials.passwordHash()).isEqualTo("{plain}" + PASSWORD));
		assertThat(this.meters.counter("nexus.users.registrations").count()).isEqualTo(1);
	}

	@Test
	void aWeakPasswordIsRefusedOnItsFieldAndOpensNothing() {
		assertThatExceptionOfType(InvalidValue.class)
			.isThrownBy(() -> this.accounts.register(new Registration("ada@example.com", "password123", "Ada", "L")))
			.satisfies((ex) -> {
				assertThat(ex.slug()).isEqualTo("weak-password");
				assertThat(ex.fields()).singleElement()
					.satisfies((field) -> assertThat(field.field()).isEqualTo("password"));
			});
		assertThatExceptionOfType(InvalidValue.class).isThrownBy(
				() -> this.accounts.register(new Registration("ada@example.com", "ada@example.com", "Ada", "L")));

		assertThat(this.repository.count()).isZero();
		assertThat(this.repository.published()).isEmpty();
	}

	@Test
	void anAddressThatIsNoneIsRefusedOnItsField() {
		assertThatExceptionOfType(InvalidValue.class)
			.isThrownBy(() -> this.accounts.register(new Registration("ada-at-example.com", PASSWORD, "Ada", "L")))
			.satisfies((ex) -> assertThat(ex.fields()).singleElement()
				.satisfies((field) -> assertThat(field.field()).isEqualTo("email")));
		assertThat(this.accounts.credentials("ada-at-example.com")).isEmpty();
	}

	@Test
	void oneAccountPerAddressInAnyCase() {
		this.accounts.register(new Registration("ada@example.com", PASSWORD, "Ada", "Lovelace"));

		assertThatExceptionOfType(StateConflict.class)
			.isThrownBy(() -> this.accounts.register(new Registration("ADA@example.com", PASSWORD, "Ada", "L")))
			.satisfies((ex) -> assertThat(ex.slug()).isEqualTo("duplicate-email"));
		assertThat(this.repository.count()).isOne();
	}

	@Test
	void aRegistrationThatLosesTheRaceAtTheUniqueIndexIsADuplicateToo() {
		InMemoryAccounts racing = new InMemoryAccounts() {

			private boolean first = true;

			@Override
			public Optional<UserAccount> findByEmail(String email) {
				// The other registration commits between this one's check and its insert.
				if (this.first) {
					this.first = false;
					committed(UserAccount.open(email, "{plain}other", "Other", "Racer", Role.CUSTOMER, NOW));
					return Optional.empty();
				}
				return super.findByEmail(email);
			}

		};
		AccountService service = new AccountService(racing, new PlainPasswords(), Clock.fixed(NOW, ZoneOffset.UTC),
				new SimpleMeterRegistry());

		assertThatExceptionOfType(StateConflict.class)
			.isThrownBy(() -> service.register(new Registration("ada@example.com", PASSWORD, "Ada", "Lovelace")))
			.satisfies((ex) -> assertThat(ex.slug()).isEqualTo("duplicate-email"));
		assertThat(racing.published()).isEmpty();
	}

	@Test
	void theFirstAdministratorIsOpenedOnce() {
		Registration admin = new Registration("root@nexus.test", PASSWORD, "Root", "Admin");

		Optional<AccountView> first = this.accounts.openAdministratorIfAbsent(admin);
		Optional<AccountView> again = this.accounts.openAdministratorIfAbsent(admin);

		assertThat(first).hasValueSatisfying((account) -> assertThat(account.role()).isEqualTo(Role.ADMIN));
		assertThat(again).isEmpty();
		assertThat(this.repository.count()).isOne();
	}

	@Test
	void aUserRenamesThemselvesWithOrWithoutAVersion() {
		UUID id = customer("ada@example.com");

		AccountView renamed = this.accounts.rename(id, null, "King", null);
		this.accounts.rename(id, "Augusta", null, 0L);

		assertThat(renamed.lastName()).isEqualTo("King");
		assertThat(this.accounts.get(id).firstName()).isEqualTo("Augusta");
		assertThat(this.repository.published()).hasSize(2)
			.allSatisfy((event) -> assertThat(event).isInstanceOfSatisfying(AccountChanged.class,
					(changed) -> assertThat(changed.changedBy()).isEqualTo(id)));
	}

	@Test
	void aStaleRenameChangesNothing() {
		UUID id = customer("ada@example.com");

		assertThatExceptionOfType(StaleVersion.class).isThrownBy(() -> this.accounts.rename(id, null, "King", 3L));

		assertThat(this.accounts.get(id).lastName()).isEqualTo("Lovelace");
		assertThat(this.repository.published()).isEmpty();
	}

	@Test
	void anAdministratorChangesAnAccountAndTheChangeSaysWhoAndWhat() {
		UUID admin = administrator("root@nexus.test");
		UUID id = customer("ada@example.com");

		AccountView changed = this.accounts.administer(admin, id, new AccountChange(null, null, Role.ADMIN, false), 0);

		assertThat(changed.role()).isEqualTo(Role.ADMIN);
		assertThat(changed.active()).isFalse();
		assertThat(this.repository.published()).singleElement()
			.isInstanceOfSatisfying(AccountChanged.class, (event) -> {
				assertThat(event.accountId()).isEqualTo(id);
				assertThat(event.changedBy()).isEqualTo(admin);
				assertThat(event.before().role()).isEqualTo(Role.CUSTOMER);
				assertThat(event.after().role()).isEqualTo(Role.ADMIN);
				assertThat(event.deactivated()).isTrue();
				assertThat(event.changedAt()).isEqualTo(NOW);
			});
		assertThat(this.repository.locks()).as("no administration ended, no lock").isZero();
	}

	@Test
	void anAdministratorsChangeNeedsTheCurrentVersionOfAnExistingAccount() {
		UUID admin = administrator("root@nexus.test");
		UUID id = customer("ada@example.com");

		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> this.accounts.administer(admin, UUID.randomUUID(),
				new AccountChange(null, null, Role.ADMIN, null), 0));
		assertThatExceptionOfType(StaleVersion.class)
			.isThrownBy(() -> this.accounts.administer(admin, id, new AccountChange(null, null, Role.ADMIN, null), 1));

		assertThat(this.accounts.get(id).role()).isEqualTo(Role.CUSTOMER);
		assertThat(this.repository.published()).isEmpty();
	}

	@Test
	void theShopKeepsAnActiveAdministratorAndNobodyDeactivatesThemselves() {
		UUID root = administrator("root@nexus.test");
		UUID other = administrator("other@nexus.test");

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.accounts.administer(root, root, new AccountChange(null, null, null, false), 0))
			.satisfies((ex) -> assertThat(ex.slug()).isEqualTo("cannot-deactivate-self"));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(
					() -> this.accounts.administer(root, root, new AccountChange(null, null, Role.CUSTOMER, null), 0))
			.satisfies((ex) -> assertThat(ex.slug()).isEqualTo("cannot-change-own-role"));
		this.accounts.administer(root, other, new AccountChange(null, null, Role.CUSTOMER, null), 0);
		// Renaming oneself, or sending one's own role and access unchanged, is no change
		// of
		// either.
		this.accounts.administer(root, root, new AccountChange("Rooty", null, Role.ADMIN, true), 0);

		assertThat(this.accounts.get(root).role()).isEqualTo(Role.ADMIN);
		assertThat(this.accounts.get(root).firstName()).isEqualTo("Rooty");
		assertThat(this.repository.published()).hasSize(2);
		assertThat(this.repository.locks()).isEqualTo(1);
	}

	@Test
	void onlyAnAccountThatIsAnActiveAdministratorNowAdministersWhateverItsTokenSays() {
		UUID root = administrator("root@nexus.test");
		UUID former = administrator("former@nexus.test");
		UUID customer = customer("ada@example.com");
		this.accounts.administer(root, former, new AccountChange(null, null, Role.CUSTOMER, false), 0);
		this.repository.published().clear();

		// The former administrator's token still says ADMIN: it restores itself, or
		// anybody.
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(
					() -> this.accounts.administer(former, former, new AccountChange(null, null, Role.ADMIN, true), 1))
			.satisfies((ex) -> assertThat(ex.slug()).isEqualTo("not-an-administrator"));
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(
				() -> this.accounts.administer(former, customer, new AccountChange(null, null, Role.ADMIN, null), 0));
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(
				() -> this.accounts.administer(customer, customer, new AccountChange(null, null, Role.ADMIN, null), 0));
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> this.accounts.administer(UUID.randomUUID(),
				customer, new AccountChange(null, null, Role.ADMIN, null), 0));

		assertThat(this.accounts.get(former).role()).isEqualTo(Role.CUSTOMER);
		assertThat(this.accounts.get(former).active()).isFalse();
		assertThat(this.accounts.get(customer).role()).isEqualTo(Role.CUSTOMER);
		assertThat(this.repository.published()).isEmpty();
	}

	@Test
	void administratorsListAccountsFilteredByAddress() {
		customer("ada@example.com");
		customer("grace@example.com");
		customer("alan@elsewhere.org");

		assertThat(this.accounts.list(" EXAMPLE.com ", PageQuery.first(10)).content()).extracting(AccountView::email)
			.containsExactlyInAnyOrder("ada@example.com", "grace@example.com");
		assertThat(this.accounts.list(null, PageQuery.first(10)).content()).hasSize(3);
	}

	private UUID customer(String email) {
		return this.repository.committed(UserAccount.open(email, "{plain}x", "Ada", "Lovelace", Role.CUSTOMER, NOW))
			.id();
	}

	private UUID administrator(String email) {
		return this.repository.committed(UserAccount.open(email, "{plain}x", "Root", "Admin", Role.ADMIN, NOW)).id();
	}

}
