package nexus.user.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nexus.platform.domain.InvalidValue;
import org.jspecify.annotations.Nullable;

/**
 * What a password must be: 8 to 128 characters, not one of the passwords every attacker
 * tries first, and not the e-mail address. Length beats composition rules (NIST SP
 * 800-63B), so there are none.
 */
public final class PasswordPolicy {

	/** Shortest password accepted. */
	public static final int MIN_LENGTH = 8;

	/** Longest password accepted. */
	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("password", "password1", "password123", "12345678", "123456789",
			"1234567890", "qwertyui", "qwerty123", "iloveyou", "letmein1", "welcome1", "admin123", "abc12345",
			"11111111", "00000000", "passw0rd", "trustno1", "sunshine", "princess", "football", "baseball", "superman",
			"whatever", "starwars", "changeme");

	private PasswordPolicy() {
	}

	/**
	 * Refuses a weak password.
	 * @param password the candidate
	 * @param email the account's e-mail address, normalised
	 * @throws InvalidValue {@code weak-password} on the field {@code password}, saying
	 * why
	 */
	public static void require(@Nullable String password, String email) {
		require(password, email, "password");
	}

	/**
	 * Refuses a weak password, on a field of another name.
	 * @param password the candidate
	 * @param email the account's e-mail address
	 * @param field the field the password was given in
	 * @throws InvalidValue {@code weak-password} on that field
	 */
	public static void require(@Nullable String password, String email, String field) {
		weakness(password, email).ifPresent((reason) -> {
			throw new InvalidValue("weak-password", "Weak password", field, "The password " + reason);
		});
	}

	/**
	 * Why a password is refused, if it is.
	 * @param password the candidate
	 * @param email the account's e-mail address
	 * @return the reason, or empty when the password is acceptable
	 */
	public static Optional<String> weakness(@Nullable String password, @Nullable String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("must be at least " + MIN_LENGTH + " characters");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("must be at most " + MAX_LENGTH + " characters");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || password.chars().distinct().count() < 3) {
			return Optional.of("is too easy to guess");
		}
		if (email != null && (lower.equals(email) || lower.equals(email.substring(0, email.indexOf('@'))))) {
			return Optional.of("must not be your e-mail address");
		}
		return Optional.empty();
	}

}
