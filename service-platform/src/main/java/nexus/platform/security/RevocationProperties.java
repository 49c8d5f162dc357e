package nexus.platform.security;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The revocation view of a service, under {@code nexus.security.revocation}.
 *
 * @param enabled whether the view is fed from the users topic (off only where there is no
 * Kafka at all)
 * @param retention how long a user's not-before instant is kept, and how far back the
 * feed replays the topic at start; at least the access tokens' lifetime
 * ({@code NEXUS_ACCESS_TOKEN_TTL}, 15 minutes)
 */
@Validated
@ConfigurationProperties("nexus.security.revocation")
public record RevocationProperties(@DefaultValue("true") boolean enabled,
		@NotNull @DefaultValue("1h") Duration retention) {
}
