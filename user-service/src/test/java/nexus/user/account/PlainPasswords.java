package nexus.user.account;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Readable "hashes" for unit tests about account rules, not about hashing (the real
 * encoder is Argon2id and takes its time on purpose).
 */
final class PlainPasswords implements PasswordEncoder {

	@Override
	public String encode(CharSequence raw) {
		return "{plain}" + raw;
	}

	@Override
	public boolean matches(CharSequence raw, String encoded) {
		return encoded.equals(encode(raw));
	}

}
