package nexus.catalog.image;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Product images, under {@code nexus.catalog.images}.
 *
 * @param maxSize largest accepted image (keep
 * {@code spring.servlet.multipart.max-file-size} equal to it)
 * @param maxPerProduct most images one product may have
 * @param maxWidth widest accepted image, in pixels
 * @param maxHeight tallest accepted image, in pixels
 */
@Validated
@ConfigurationProperties("nexus.catalog.images")
public record ImageProperties(@NotNull @DefaultValue("2MB") DataSize maxSize,
		@Min(1) @Max(100) @DefaultValue("10") int maxPerProduct, @Min(1) @Max(16384) @DefaultValue("4096") int maxWidth,
		@Min(1) @Max(16384) @DefaultValue("4096") int maxHeight) {
}
