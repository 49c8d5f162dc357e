package nexus.jwt;

import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * The rules every component that accepts Nexus access tokens applies, besides checking
 * the RS256 signature against user-service's JWKS: the token is not expired or not yet
 * valid, it was issued by the expected issuer, and it is meant for the expected audience.
 * Roles travel in the {@value #ROLES_CLAIM} claim and become {@code ROLE_*} authorities.
 */
public final class JwtRules {

	/** The claim that lists a user's roles, such as {@code ["ADMIN"]}. */
	public static final String ROLES_CLAIM = "roles";

	/** Prefix that turns a role into an authority for {@code hasRole(...)}. */
	public static final String ROLE_PREFIX = "ROLE_";

	private JwtRules() {
	}

	/**
	 * The claim checks of a Nexus access token.
	 * @param issuer the {@code iss} it must carry
	 * @param audience a value its {@code aud} must contain
	 * @return the validator
	 */
	public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
		OAuth2TokenValidator<Jwt> audienceValidator = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(aud) -> aud != null && aud.contains(audience));
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audienceValidator);
	}

	/**
	 * Maps the {@value #ROLES_CLAIM} claim to {@code ROLE_*} authorities; the principal's
	 * name is the subject (the user id).
	 * @return the converter
	 */
	public static JwtAuthenticationConverter authenticationConverter() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(ROLES_CLAIM);
		authorities.setAuthorityPrefix(ROLE_PREFIX);
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

}
