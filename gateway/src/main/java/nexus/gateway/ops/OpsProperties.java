package nexus.gateway.ops;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's console, under {@code nexus.gateway.ops}.
 *
 * @param services where each service's actuator is, by service name (its base URL; the
 * console reads {@code /actuator/...} below it)
 */
@ConfigurationProperties("nexus.gateway.ops")
public record OpsProperties(@DefaultValue Map<String, URI> services) {
}
