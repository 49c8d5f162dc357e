package nexus.gateway.security;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway checks access tokens, under {@code nexus.security.jwt} (the same keys
 * as the services).
 *
 * @param jwkSetUri user-service's JWKS
 * @param issuer the {@code iss} every token must carry
 * @param audience the {@code aud} every token must include
 */
@Validated
@ConfigurationProperties("nexus.security.jwt")
public record GatewayJwtProperties(@NotNull URI jwkSetUri, @NotBlank String issuer, @NotBlank String audience) {
}
