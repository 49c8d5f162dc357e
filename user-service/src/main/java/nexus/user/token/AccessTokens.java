package nexus.user.token;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nexus.platform.security.JwtProperties;
import nexus.platform.security.NexusSecurityAutoConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues short-lived RS256 access tokens with Spring Security's JWT support: {@code iss},
 * {@code aud}, {@code sub} (the user id), {@code email}, {@code sid} (the login),
 * {@code roles}, {@code iat}, {@code exp}, {@code jti}, and the signing key's {@code kid}
 * in the header.
 */
@Component
public class AccessTokens {

	/** The claim that names the login (refresh-token family) a token belongs to. */
	public static final String SESSION_CLAIM = "sid";

	private final JwtEncoder encoder;

	private final SigningKeys keys;

	private final JwtProperties jwt;

	private final TokenProperties tokens;

	private final Clock clock;

	AccessTokens(JwtEncoder encoder, SigningKeys keys, JwtProperties jwt, TokenProperties tokens, Clock clock) {
		this.encoder = encoder;
		this.keys = keys;
		this.jwt = jwt;
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * An access token for a user.
	 * @param userId the subject
	 * @param email the user's e-mail address
	 * @param roles the user's roles
	 * @param notBefore the user's not-before instant, or {@code null}: the token is
	 * stamped ({@code iat}) no earlier, so that a token issued in the second after a
	 * revocation is not taken for one issued before it
	 * @param sessionId the login it belongs to, as its {@code sid} claim
	 * @return the token and its lifetime
	 */
	public IssuedAccessToken issue(UUID userId, String email, List<String> roles, @Nullable Instant notBefore,
			UUID sessionId) {
		Instant now = this.clock.instant();
		if (notBefore != null && notBefore.isAfter(now)) {
			now = notBefore;
		}
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.jwt.issuer())
			.audience(List.of(this.jwt.audience()))
			.subject(userId.toString())
			.claim("email", email)
			.claim(SESSION_CLAIM, sessionId.toString())
			.claim(NexusSecurityAutoConfiguration.ROLES_CLAIM, roles)
			.issuedAt(now)
			.expiresAt(now.plus(this.tokens.accessTokenTtl()))
			.id(UUID.randomUUID().toString())
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.keys.current().getKeyID()).build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new IssuedAccessToken(token, this.tokens.accessTokenTtl().toSeconds());
	}

	/**
	 * A signed access token.
	 *
	 * @param value the compact JWT
	 * @param expiresInSeconds its lifetime
	 */
	public record IssuedAccessToken(String value, long expiresInSeconds) {
	}

}
