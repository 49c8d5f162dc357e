package nexus.jwt.revocation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Refuses an access token issued before its user's not-before instant in a
 * {@link RevocationView}. The refusal carries the error code {@value #ERROR_CODE}, which
 * {@link #isRevocation(Throwable)} recognises so that the 401 can say the token was
 * revoked (problem type {@code token-revoked}).
 */
public final class RevokedTokenValidator implements OAuth2TokenValidator<Jwt> {

	/** The OAuth 2 error code of a revoked token. */
	public static final String ERROR_CODE = "token_revoked";

	private static final OAuth2Error REVOKED = new OAuth2Error(ERROR_CODE,
			"The access token was revoked: its account was deactivated, changed role or password, or signed out everywhere",
			null);

	private final RevocationView view;

	/**
	 * A validator on a view.
	 * @param view the not-before instants
	 */
	public RevokedTokenValidator(RevocationView view) {
		this.view = view;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		UUID userId;
		try {
			userId = UUID.fromString(token.getSubject());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			// Not a user's token; the other rules decide.
			return OAuth2TokenValidatorResult.success();
		}
		return this.view.isRevoked(userId, token.getIssuedAt()) ? OAuth2TokenValidatorResult.failure(REVOKED)
				: OAuth2TokenValidatorResult.success();
	}

	/**
	 * Whether an authentication failure is a revoked token.
	 * @param failure the failure, as the entry point gets it
	 * @return {@code true} when a {@link JwtValidationException} with
	 * {@value #ERROR_CODE} is among its causes
	 */
	public static boolean isRevocation(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof JwtValidationException invalid
					&& invalid.getErrors().stream().anyMatch((error) -> ERROR_CODE.equals(error.getErrorCode()))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
