package nexus.user.token;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How tokens are made, under {@code nexus.tokens}. Issuer and audience are the ones every
 * service checks ({@code nexus.security.jwt.*}).
 *
 * @param accessTokenTtl lifetime of an access token
 * @param refreshTokenTtl lifetime of a refresh token
 * @param refreshGrace how long after a refresh token was spent presenting it again gets a
 * new pair of the same login instead of ending it (a client whose answer was lost
 * retries); zero turns it off. After it, a reuse ends the login.
 * @param keys where the signing keys are
 */
@Validated
@ConfigurationProperties("nexus.tokens")
public record TokenProperties(@NotNull @DefaultValue("15m") Duration accessTokenTtl,
		@NotNull @DefaultValue("14d") Duration refreshTokenTtl, @NotNull @DefaultValue("30s") Duration refreshGrace,
		@Valid @DefaultValue Keys keys) {

	/**
	 * The RSA signing keys: a directory of PKCS#8 PEM files ({@code *.pem}). Every key in
	 * it is published in the JWKS; the file whose name sorts last signs. To rotate, add a
	 * newer file, restart, and remove the oldest once no token it signed can still be
	 * valid (one access-token lifetime later).
	 *
	 * @param location the directory
	 * @param generateIfMissing whether to create a key when the directory has none (the
	 * local default; production mounts its keys and turns this off)
	 */
	public record Keys(@NotNull @DefaultValue(".nexus/keys") Path location,
			@DefaultValue("true") boolean generateIfMissing) {
	}

}
