package nexus.user.account;

import java.util.Optional;

import nexus.platform.safety.DevelopmentDefault;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
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

	/**
	 * The password that docker compose and {@code ./run.sh} used to ship is for a laptop
	 * only.
	 * @return the declaration
	 */
	@Bean
	static DevelopmentDefault developmentAdministratorPassword() {
		return DevelopmentDefault.of("nexus.admin.password",
				"set NEXUS_ADMIN_PASSWORD to a password of your own (or unset it once the first administrator exists)",
				"nexus-admin-dev");
	}

	@Override
	public void run(ApplicationArguments args) {
		this.admin.registration()
			.flatMap(this.accounts::openAdministratorIfAbsent)
			.ifPresent((account) -> log.info("Opened the first administrator account {}", account.email()));
	}

	/**
	 * The first administrator, under {@code nexus.admin}; each value may be unset.
	 *
	 * @param email its e-mail address
	 * @param password its password (from the environment, never committed)
	 * @param firstName its first name ({@code Nexus} when unset)
	 * @param lastName its last name ({@code Administrator} when unset)
	 */
	@ConfigurationProperties("nexus.admin")
	record AdminProperties(@Nullable String email, @Nullable String password, @Nullable String firstName,
			@Nullable String lastName) {

		/**
		 * The administrator to open, when both the e-mail address and the password are
		 * set.
		 * @return the registration, or empty
		 */
		Optional<Registration> registration() {
			String address = this.email;
			String secret = this.password;
			if (address == null || address.isBlank() || secret == null || secret.isBlank()) {
				return Optional.empty();
			}
			return Optional.of(new Registration(address, secret, orElse(this.firstName, "Nexus"),
					orElse(this.lastName, "Administrator")));
		}

		private static String orElse(@Nullable String value, String fallback) {
			return StringUtils.hasText(value) ? value : fallback;
		}

		@Override
		public String toString() {
			return "AdminProperties[email=" + this.email + "]";
		}

	}

}
