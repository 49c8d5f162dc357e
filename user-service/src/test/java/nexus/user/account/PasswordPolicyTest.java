package nexus.user.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@ParameterizedTest
	@ValueSource(strings = { "short", "password123", "PASSWORD", "12345678", "aaaaaaaaaa", "abababab",
			"ada@example.com", "ada" })
	void refusesWeakPasswords(String password) {
		assertThat(PasswordPolicy.weakness(password, "ada@example.com")).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery", "Tr0ub4dor&3", "a long passphrase of mine" })
	void acceptsReasonablePasswords(String password) {
		assertThat(PasswordPolicy.weakness(password, "ada@example.com")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 128, 8 })
	void acceptsTheLengthLimits(int length) {
		assertThat(PasswordPolicy.weakness("xyz".repeat(50).substring(0, length), "ada@example.com")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 129, 7 })
	void refusesBeyondTheLengthLimits(int length) {
		assertThat(PasswordPolicy.weakness("xyz".repeat(50).substring(0, length), "ada@example.com")).isPresent();
	}

}
