package nexus.user.account;

import java.time.Clock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

class AdministratorBootstrapTest {

	private final InMemoryAccounts repository = new InMemoryAccounts();

	private final AccountService accounts = new AccountService(this.repository, new PlainPasswords(), Clock.systemUTC(),
			new SimpleMeterRegistry());

	@Test
	void opensTheConfiguredAdministratorOnceWithDefaultNames() {
		AdministratorBootstrap bootstrap = new AdministratorBootstrap(this.accounts,
				new AdministratorBootstrap.AdminProperties("Root@Nexus.test", "correct horse battery", null, " "));

		bootstrap.run(new DefaultApplicationArguments());
		bootstrap.run(new DefaultApplicationArguments());

		assertThat(this.accounts.credentials("root@nexus.test")).hasValueSatisfying((admin) -> {
			assertThat(admin.role()).isEqualTo(Role.ADMIN);
			assertThat(admin.active()).isTrue();
		});
		assertThat(this.repository.count()).isOne();
		assertThat(this.repository.published()).singleElement()
			.isInstanceOfSatisfying(AccountOpened.class, (opened) -> {
				assertThat(opened.state().firstName()).isEqualTo("Nexus");
				assertThat(opened.state().lastName()).isEqualTo("Administrator");
			});
	}

	@Test
	void opensNoneWithoutBothAddressAndPassword() {
		new AdministratorBootstrap(this.accounts,
				new AdministratorBootstrap.AdminProperties("root@nexus.test", "", "Root", "Admin"))
			.run(new DefaultApplicationArguments());
		new AdministratorBootstrap(this.accounts,
				new AdministratorBootstrap.AdminProperties(null, "correct horse battery", "Root", "Admin"))
			.run(new DefaultApplicationArguments());

		assertThat(this.repository.count()).isZero();
	}

}
