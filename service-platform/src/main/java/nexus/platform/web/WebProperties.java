package nexus.platform.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Web settings shared by the services, under {@code nexus.web}.
 *
 * @param maxBodySize largest accepted request body that is not a multipart upload
 */
@Validated
@ConfigurationProperties("nexus.web")
public record WebProperties(@NotNull @DefaultValue("256KB") DataSize maxBodySize) {
}
