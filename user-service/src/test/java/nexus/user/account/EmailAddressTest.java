package nexus.user.account;

import nexus.platform.domain.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmailAddressTest {

	@Test
	void trimsAndLowerCases() {
		assertThat(EmailAddress.normalize("  Grace.Hopper@Navy.MIL\t")).isEqualTo("grace.hopper@navy.mil");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "plain", "two@@at.io", "no-domain@", "@no-local.io", "spa ce@x.io", "a@nodot" })
	void refusesWhatIsNotAnAddress(String raw) {
		assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> EmailAddress.normalize(raw));
	}

	@Test
	void refusesAnAddressLongerThan254Characters() {
		assertThatExceptionOfType(InvalidValue.class)
			.isThrownBy(() -> EmailAddress.normalize("a".repeat(60) + "@" + "b".repeat(200) + ".io"));
	}

}
