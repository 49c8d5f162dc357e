package nexus.user.token;

import java.time.Clock;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import nexus.jwt.revocation.RevocationView;
import nexus.platform.safety.DevelopmentDefault;
import nexus.platform.security.JwtProperties;
import nexus.platform.security.NexusSecurityAutoConfiguration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signing and, for user-service's own endpoints, verifying with the local keys: the
 * issuer needs no network round trip to itself. Verification checks the same issuer,
 * audience and expiry as every other service.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

	@Bean
	DevelopmentDefault generatedSigningKeys() {
		return DevelopmentDefault.of("nexus.tokens.keys.generate-if-missing",
				"mount the signing keys (NEXUS_TOKEN_KEYS_DIR) and set NEXUS_TOKEN_KEYS_GENERATE=false", "true");
	}

	@Bean
	SigningKeys signingKeys(TokenProperties properties, Clock clock) {
		return SigningKeys.load(properties.keys(), clock);
	}

	@Bean
	JwtEncoder jwtEncoder(SigningKeys keys) {
		return new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(keys.all()));
	}

	@Bean
	JwtDecoder jwtDecoder(SigningKeys keys, JwtProperties properties, RevocationView revocations) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(keys.published())).build();
		decoder.setJwtValidator(NexusSecurityAutoConfiguration.validator(properties, revocations));
		return decoder;
	}

}
