package nexus.platform.web;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Web settings shared by the services, under {@code nexus.web}.
 *
 * @param maxBodySize largest accepted request body that is not a multipart upload
 * @param trustedProxies the proxies whose {@code X-Forwarded-For} is believed (CIDR
 * ranges or addresses): by default the gateway on the same machine
 */
@Validated
@ConfigurationProperties("nexus.web")
public record WebProperties(@NotNull @DefaultValue("256KB") DataSize maxBodySize, @NotNull @DefaultValue( {
		"127.0.0.1/32", "::1/128" }) List<String> trustedProxies){
}
