package nexus.platform.security;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a service checks access tokens, under {@code nexus.security.jwt}.
 *
 * @param jwkSetUri where user-service publishes its public keys
 * @param issuer the {@code iss} every token must carry
 * @param audience the {@code aud} every token must include
 */
@Validated
@ConfigurationProperties("nexus.security.jwt")
public record JwtProperties(@NotNull @DefaultValue("http://localhost:8081/.well-known/jwks.json") URI jwkSetUri,
		@NotBlank @DefaultValue("urn:nexus:user-service") String issuer,
		@NotBlank @DefaultValue("nexus-api") String audience) {
}
