package nexus.user.account;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UserAccountTest {

	private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

	private static final Instant T1 = T0.plusSeconds(60);

	@Test
	void opensAnActiveAccountWithANormalisedEmail() {
		UserAccount account = UserAccount.open("  Ada@Example.COM ", "{hash}", " Ada ", "Lovelace", Role.CUSTOMER, T0);

		assertThat(account.email()).isEqualTo("ada@example.com");
		assertThat(account.firstName()).isEqualTo("Ada");
		assertThat(account.active()).isTrue();
		assertThat(account.createdAt()).isEqualTo(T0).isEqualTo(account.updatedAt());
	}

	@Test
	void refusesBlankOrOverlongNames() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UserAccount.open("a@b.io", "{hash}", " ", "L", Role.CUSTOMER, T0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UserAccount.open("a@b.io", "{hash}", "A", "L".repeat(101), Role.CUSTOMER, T0));
	}

	@Test
	void renameChangesOnlyWhatIsGivenAndSaysWhetherAnythingChanged() {
		UserAccount account = UserAccount.open("a@b.io", "{hash}", "Ada", "Lovelace", Role.CUSTOMER, T0);

		assertThat(account.rename(null, "King", T1)).isTrue();
		assertThat(account.firstName()).isEqualTo("Ada");
		assertThat(account.lastName()).isEqualTo("King");
		assertThat(account.updatedAt()).isEqualTo(T1);
		assertThat(account.rename("Ada", "King", T1.plusSeconds(1))).isFalse();
		assertThat(account.updatedAt()).isEqualTo(T1);
	}

	@Test
	void deactivationAndReactivationAreIdempotent() {
		UserAccount account = UserAccount.open("a@b.io", "{hash}", "Ada", "Lovelace", Role.ADMIN, T0);

		assertThat(account.isActiveAdmin()).isTrue();
		assertThat(account.deactivate(T1)).isTrue();
		assertThat(account.deactivate(T1)).isFalse();
		assertThat(account.isActiveAdmin()).isFalse();
		assertThat(account.reactivate(T1)).isTrue();
		assertThat(account.reactivate(T1)).isFalse();
	}

	@Test
	void roleChangesOnlyWhenDifferent() {
		UserAccount account = UserAccount.open("a@b.io", "{hash}", "Ada", "Lovelace", Role.CUSTOMER, T0);

		assertThat(account.changeRole(Role.CUSTOMER, T1)).isFalse();
		assertThat(account.changeRole(Role.ADMIN, T1)).isTrue();
		assertThat(account.role()).isEqualTo(Role.ADMIN);
	}

}
