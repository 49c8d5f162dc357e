package nexus.gateway.security;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's revocation view, under {@code nexus.security.revocation} (the services
 * use the same keys).
 *
 * @param enabled whether the view is fed from the users topic
 * @param bootstrapServers the Kafka brokers
 * @param retention how long a not-before instant is kept and how far back the feed
 * replays at start; at least the access tokens' lifetime
 */
@Validated
@ConfigurationProperties("nexus.security.revocation")
public record GatewayRevocationProperties(@DefaultValue("true") boolean enabled,
		@NotBlank @DefaultValue("localhost:9092") String bootstrapServers,
		@NotNull @DefaultValue("1h") Duration retention) {
}
