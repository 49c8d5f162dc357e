package nexus.catalog.product;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Product settings, under {@code nexus.catalog.product}.
 *
 * @param lowStockThreshold available units at or below which a product counts as low on
 * stock: the {@code lowStock} filter, and {@code ProductStockLow} when stock falls to it
 */
@Validated
@ConfigurationProperties("nexus.catalog.product")
public record ProductProperties(@Min(0) @DefaultValue("5") int lowStockThreshold) {
}
