package nexus.user.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Opens the first administrator from {@code NEXUS_ADMIN_EMAIL} and
 * {@code NEXUS_ADMIN_PASSWORD} when no account has that address yet. Without them, no
 * administrator is created.
 */
@Component
class AdministratorBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	private final AccountService accounts;

	private final AdminProperties admin;

	AdministratorBootstrap(AccountService accounts, AdminProperties admin) {
		this.accounts = accounts;
		this.admin = admin;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(this.admin.email()) || !StringUtils.hasText(this.admin.password())) {
			return;
		}
		this.accounts
			.openAdministratorIfAbsent(new Registration(this.admin.email(), this.admin.password(),
					this.admin.firstName(), this.admin.lastName()))
			.ifPresent((account) -> log.info("Opened the first administrator account {}", account.email()));
	}

	/**
	 * The first administrator, under {@code nexus.admin}.
	 *
	 * @param email its e-mail address
	 * @param password its password (from the environment, never committed)
	 * @param firstName its first name
	 * @param lastName its last name
	 */
	@ConfigurationProperties("nexus.admin")
	record AdminProperties(String email, String password, String firstName, String lastName) {

		AdminProperties {
			firstName = StringUtils.hasText(firstName) ? firstName : "Nexus";
			lastName = StringUtils.hasText(lastName) ? lastName : "Administrator";
		}

		@Override
		public String toString() {
			return "AdminProperties[email=" + this.email + "]";
		}

	}

}
