package nexus.user.account.messaging;

import java.time.Instant;
import java.util.UUID;

import nexus.events.user.UserAccessRevoked;
import nexus.events.user.UserDeactivated;
import nexus.events.user.UserRegistered;
import nexus.events.user.UserUpdated;
import nexus.platform.domain.DomainEvent;
import nexus.user.account.AccessRevoked;
import nexus.user.account.AccountChanged;
import nexus.user.account.AccountOpened;
import nexus.user.account.AccountState;
import nexus.user.account.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountEventsTest {

	private static final UUID ID = UUID.randomUUID();

	private static final UUID ADMIN = UUID.randomUUID();

	private static final Instant AT = Instant.parse("2026-11-26T10:00:00.250Z");

	// Tokens issued in the second of the change are revoked too: iat counts whole
	// seconds.
	private static final Instant NOT_BEFORE = Instant.parse("2026-11-26T10:00:01Z");

	private static final AccountState ADA = new AccountState("ada@example.com", "Ada", "Lovelace", Role.CUSTOMER, true);

	private final AccountEvents translator = new AccountEvents();

	@Test
	void anOpenedAccountIsARegisteredUser() {
		assertThat(this.translator.toWire(new AccountOpened(ID, ADA, AT)))
			.containsExactly(new UserRegistered(ID, "ada@example.com", "Ada", "Lovelace", "CUSTOMER", AT));
	}

	@Test
	void aRenameIsAnUpdateWithTheWholeNewState() {
		AccountState after = new AccountState("ada@example.com", "Ada", "King", Role.CUSTOMER, true);

		assertThat(this.translator.toWire(new AccountChanged(ID, ID, ADA, after, AT)))
			.containsExactly(new UserUpdated(ID, "ada@example.com", "Ada", "King", "CUSTOMER", true, AT));
	}

	@Test
	void aRoleChangeIsAnUpdateAndRevokesTheAccessTokensThatCarryTheOldRole() {
		AccountState after = new AccountState("ada@example.com", "Ada", "Lovelace", Role.ADMIN, true);

		assertThat(this.translator.toWire(new AccountChanged(ID, ADMIN, ADA, after, AT))).containsExactly(
				new UserUpdated(ID, "ada@example.com", "Ada", "Lovelace", "ADMIN", true, AT),
				new UserAccessRevoked(ID, NOT_BEFORE, "ROLE_CHANGED", AT));
	}

	@Test
	void aDeactivationIsADeactivationThatRevokesTheAccessTokens() {
		AccountState after = new AccountState("ada@example.com", "Ada", "Lovelace", Role.CUSTOMER, false);

		assertThat(this.translator.toWire(new AccountChanged(ID, ADMIN, ADA, after, AT)))
			.containsExactly(new UserDeactivated(ID, AT), new UserAccessRevoked(ID, NOT_BEFORE, "DEACTIVATED", AT));
	}

	@Test
	void aDeactivationThatAlsoRenamesIsBothDeactivationFirst() {
		AccountState after = new AccountState("ada@example.com", "Augusta", "Lovelace", Role.CUSTOMER, false);

		assertThat(this.translator.toWire(new AccountChanged(ID, ADMIN, ADA, after, AT))).containsExactly(
				new UserDeactivated(ID, AT),
				new UserUpdated(ID, "ada@example.com", "Augusta", "Lovelace", "CUSTOMER", false, AT),
				new UserAccessRevoked(ID, NOT_BEFORE, "DEACTIVATED", AT));
	}

	@Test
	void aReactivationIsAnUpdateSayingActive() {
		AccountState inactive = new AccountState("ada@example.com", "Ada", "Lovelace", Role.CUSTOMER, false);

		assertThat(this.translator.toWire(new AccountChanged(ID, ADMIN, inactive, ADA, AT)))
			.containsExactly(new UserUpdated(ID, "ada@example.com", "Ada", "Lovelace", "CUSTOMER", true, AT));
	}

	@Test
	void aPasswordChangeOrASignOutEverywhereRevokesTheAccessTokens() {
		assertThat(this.translator
			.toWire(new AccessRevoked(ID, AccessRevoked.notBeforeFor(AT), AccessRevoked.Reason.PASSWORD_CHANGED, AT)))
			.containsExactly(new UserAccessRevoked(ID, NOT_BEFORE, "PASSWORD_CHANGED", AT));
		assertThat(this.translator.toWire(
				new AccessRevoked(ID, AccessRevoked.notBeforeFor(AT), AccessRevoked.Reason.SIGNED_OUT_EVERYWHERE, AT)))
			.containsExactly(new UserAccessRevoked(ID, NOT_BEFORE, "SIGNED_OUT_EVERYWHERE", AT));
	}

	@Test
	void anEventOfSomeoneElseIsNotTranslated() {
		DomainEvent foreign = new DomainEvent() {
		};

		assertThat(this.translator.toWire(foreign)).isEmpty();
	}

}
