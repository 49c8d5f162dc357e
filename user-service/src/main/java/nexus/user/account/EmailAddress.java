package nexus.user.account;

import java.util.Locale;
import java.util.regex.Pattern;

import nexus.platform.domain.InvalidValue;
import org.jspecify.annotations.Nullable;

/**
 * E-mail addresses as Nexus keeps them: trimmed and lower-cased, so that one address is
 * one account however it is typed.
 */
public final class EmailAddress {

	/** Longest address accepted (RFC 5321 path limit). */
	public static final int MAX_LENGTH = 254;

	// Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is
	// proven by mail, not by a regular expression.
	private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private EmailAddress() {
	}

	/**
	 * The canonical form of an address.
	 * @param raw what the user typed
	 * @return the address trimmed and lower-cased
	 * @throws InvalidValue on the field {@code email} if it is not an e-mail address
	 */
	public static String normalize(@Nullable String raw) {
		if (raw == null) {
			throw new InvalidValue("email", "must not be blank");
		}
		String email = raw.trim().toLowerCase(Locale.ROOT);
		if (email.length() > MAX_LENGTH || !SHAPE.matcher(email).matches()) {
			throw new InvalidValue("email", "must be a valid e-mail address");
		}
		return email;
	}

}
