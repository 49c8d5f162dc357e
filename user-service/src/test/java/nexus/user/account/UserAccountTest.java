package nexus.user.account;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import nexus.testsupport.AggregateEvents;
import nexus.platform.domain.InvalidValue;
import nexus.platform.domain.RuleViolation;
import nexus.platform.domain.StaleVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class UserAccountTest {

	private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

	private static final Instant T1 = T0.plusSeconds(60);

	private static final UUID ADMINISTRATOR = UUID.randomUUID();

	private static final ActiveAdministrators OTHERS_REMAIN = (id) -> true;

	private static final ActiveAdministrators NONE_REMAIN = (id) -> false;

	@Test
	void opensAnActiveAccountWithANormalisedEmailAndSaysSo() {
		UserAccount account = UserAccount.open("  Ada@Example.COM ", "{hash}", " Ada ", "Lovelace", Role.CUSTOMER, T0);

		assertThat(account.email()).isEqualTo("ada@example.com");
		assertThat(account.firstName()).isEqualTo("Ada");
		assertThat(account.active()).isTrue();
		assertThat(account.createdAt()).isEqualTo(T0).isEqualTo(account.updatedAt());
		assertThat(AggregateEvents.of(account)).containsExactly(new AccountOpened(account.id(),
				new AccountState("ada@example.com", "Ada", "Lovelace", Role.CUSTOMER, true), T0));
	}

	@Test
	void refusesBlankOrOverlongNamesOnTheirField() {
		assertThatExceptionOfType(InvalidValue.class)
			.isThrownBy(() -> UserAccount.open("a@b.io", "{hash}", " ", "L", Role.CUSTOMER, T0))
			.satisfies((ex) -> assertThat(ex.fields()).singleElement()
				.satisfies((field) -> assertThat(field.field()).isEqualTo("firstName")));
		assertThatExceptionOfType(InvalidValue.class)
			.isThrownBy(() -> UserAccount.open("a@b.io", "{hash}", "A", "L".repeat(101), Role.CUSTOMER, T0))
			.satisfies((ex) -> assertThat(ex.fields()).singleElement()
				.satisfies((field) -> assertThat(field.field()).isEqualTo("lastName")));
	}

	@Test
	void refusesAnAddressThatIsNone() {
		assertThatExceptionOfType(InvalidValue.class)
			.isThrownBy(() -> UserAccount.open("not-an-address", "{hash}", "A", "L", Role.CUSTOMER, T0))
			.satisfies((ex) -> assertThat(ex.fields()).singleElement()
				.satisfies((field) -> assertThat(field.field()).isEqualTo("email")));
	}

	@Test
	void renameChangesOnlyWhatIsGivenInOneEventWithBeforeAndAfter() {
		UserAccount account = opened(Role.CUSTOMER);

		account.rename(null, "King", T1);

		assertThat(account.firstName()).isEqualTo("Ada");
		assertThat(account.lastName()).isEqualTo("King");
		assertThat(account.updatedAt()).isEqualTo(T1);
		assertThat(AggregateEvents.of(account)).singleElement()
			.isInstanceOfSatisfying(AccountChanged.class, (changed) -> {
				assertThat(changed.changedBy()).isEqualTo(account.id());
				assertThat(changed.before().lastName()).isEqualTo("Lovelace");
				assertThat(changed.after().lastName()).isEqualTo("King");
				assertThat(changed.renamed()).isTrue();
				assertThat(changed.roleChanged() || changed.deactivated() || changed.reactivated()).isFalse();
				assertThat(changed.changedAt()).isEqualTo(T1);
			});
	}

	@Test
	void aChangeThatChangesNothingRegistersNothing() {
		UserAccount account = opened(Role.CUSTOMER);

		account.rename("Ada", " Lovelace ", T1);
		account.administer(new AccountChange(null, null, Role.CUSTOMER, true), ADMINISTRATOR, NONE_REMAIN, T1);

		assertThat(AggregateEvents.of(account)).isEmpty();
		assertThat(account.updatedAt()).isEqualTo(T0);
	}

	@Test
	void anAdministratorsChangeOfSeveralFieldsIsOneEvent() {
		UserAccount account = opened(Role.CUSTOMER);

		account.administer(new AccountChange("Augusta", null, Role.ADMIN, false), ADMINISTRATOR, OTHERS_REMAIN, T1);

		assertThat(account.role()).isEqualTo(Role.ADMIN);
		assertThat(account.active()).isFalse();
		assertThat(AggregateEvents.of(account)).singleElement()
			.isInstanceOfSatisfying(AccountChanged.class, (changed) -> {
				assertThat(changed.changedBy()).isEqualTo(ADMINISTRATOR);
				assertThat(changed.renamed()).isTrue();
				assertThat(changed.roleChanged()).isTrue();
				assertThat(changed.deactivated()).isTrue();
				assertThat(changed.before())
					.isEqualTo(new AccountState("ada@b.io", "Ada", "Lovelace", Role.CUSTOMER, true));
				assertThat(changed.after())
					.isEqualTo(new AccountState("ada@b.io", "Augusta", "Lovelace", Role.ADMIN, false));
			});
	}

	@Test
	void deactivationAndReactivationAreEachOneEventAndIdempotent() {
		UserAccount account = opened(Role.CUSTOMER);

		account.administer(new AccountChange(null, null, null, false), ADMINISTRATOR, NONE_REMAIN, T1);
		account.administer(new AccountChange(null, null, null, false), ADMINISTRATOR, NONE_REMAIN, T1);
		account.administer(new AccountChange(null, null, null, true), ADMINISTRATOR, NONE_REMAIN, T1);

		assertThat(AggregateEvents.of(account)).hasSize(2)
			.satisfiesExactly((first) -> assertThat(((AccountChanged) first).deactivated()).isTrue(),
					(second) -> assertThat(((AccountChanged) second).reactivated()).isTrue());
	}

	@Test
	void nobodyDeactivatesThemselves() {
		UserAccount admin = opened(Role.ADMIN);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(
					() -> admin.administer(new AccountChange(null, null, null, false), admin.id(), OTHERS_REMAIN, T1))
			.satisfies((ex) -> assertThat(ex.slug()).isEqualTo("cannot-deactivate-self"));
		assertThat(admin.active()).isTrue();
		assertThat(AggregateEvents.of(admin)).isEmpty();
	}

	@Test
	void theLastActiveAdministratorIsNeitherDemotedNorDeactivated() {
		UserAccount admin = opened(Role.ADMIN);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> admin.administer(new AccountChange("Root", null, Role.CUSTOMER, null), ADMINISTRATOR,
					NONE_REMAIN, T1))
			.satisfies((ex) -> assertThat(ex.slug()).isEqualTo("last-administrator"));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(
					() -> admin.administer(new AccountChange(null, null, null, false), ADMINISTRATOR, NONE_REMAIN, T1))
			.satisfies((ex) -> assertThat(ex.slug()).isEqualTo("last-administrator"));

		assertThat(admin.state()).isEqualTo(new AccountState("ada@b.io", "Ada", "Lovelace", Role.ADMIN, true));
		assertThat(AggregateEvents.of(admin)).isEmpty();
	}

	@Test
	void anAdministratorIsDemotedWhenAnotherRemains() {
		UserAccount admin = opened(Role.ADMIN);

		admin.administer(new AccountChange(null, null, Role.CUSTOMER, null), ADMINISTRATOR, OTHERS_REMAIN, T1);

		assertThat(admin.role()).isEqualTo(Role.CUSTOMER);
		assertThat(admin.isActiveAdmin()).isFalse();
	}

	@Test
	void theOtherAdministratorsAreAskedAboutOnlyWhenAChangeEndsAnAdministration() {
		AtomicInteger asked = new AtomicInteger();
		ActiveAdministrators counting = (id) -> asked.incrementAndGet() > 0;
		UserAccount customer = opened(Role.CUSTOMER);
		UserAccount admin = opened(Role.ADMIN);

		customer.administer(new AccountChange(null, null, null, false), ADMINISTRATOR, counting, T1);
		admin.administer(new AccountChange("Root", null, null, null), ADMINISTRATOR, counting, T1);
		assertThat(asked).hasValue(0);

		admin.administer(new AccountChange(null, null, Role.CUSTOMER, null), ADMINISTRATOR, counting, T1);
		assertThat(asked).hasValue(1);
	}

	@Test
	void aChangeAgainstAnotherVersionIsStale() {
		UserAccount account = opened(Role.CUSTOMER);

		assertThatNoException().isThrownBy(() -> account.requireVersion(0));
		assertThatExceptionOfType(StaleVersion.class).isThrownBy(() -> account.requireVersion(1)).satisfies((ex) -> {
			assertThat(ex.expected()).isEqualTo(1);
			assertThat(ex.current()).isEqualTo(0);
		});
	}

	private static UserAccount opened(Role role) {
		UserAccount account = UserAccount.open("ada@b.io", "{hash}", "Ada", "Lovelace", role, T0);
		AggregateEvents.clear(account);
		return account;
	}

}
