package nexus.user.account;

import nexus.platform.domain.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

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

	@Test
	void aWeakPasswordIsRefusedAsAWeakPasswordOnItsField() {
		assertThatExceptionOfType(InvalidValue.class)
			.isThrownBy(() -> PasswordPolicy.require("password123", "ada@example.com"))
			.satisfies((ex) -> {
				assertThat(ex.slug()).isEqualTo("weak-password");
				assertThat(ex.detail()).isEqualTo("The password is too easy to guess");
				assertThat(ex.fields()).singleElement()
					.satisfies((field) -> assertThat(field.field()).isEqualTo("password"));
			});
		assertThatNoException().isThrownBy(() -> PasswordPolicy.require("correct horse battery", "ada@example.com"));
	}

}
