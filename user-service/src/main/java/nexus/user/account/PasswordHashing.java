package nexus.user.account;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Passwords are hashed with Argon2id (memory-hard, no 72-byte limit like bcrypt's), and
 * each hash says which algorithm made it, so the default can move on without locking
 * anyone out.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	static final String DEFAULT = "argon2@SpringSecurity_v5_8";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(DEFAULT,
				Map.of(DEFAULT, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt",
						new BCryptPasswordEncoder(), "pbkdf2@SpringSecurity_v5_8",
						Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

}
