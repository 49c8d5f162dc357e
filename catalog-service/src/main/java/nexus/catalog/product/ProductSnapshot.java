package nexus.catalog.product;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a product is, as its events tell it.
 *
 * @param productId the product
 * @param name its name
 * @param price its unit price
 * @param currency ISO 4217 code
 * @param categoryId its category ({@code null} only for a deleted product whose category
 * went)
 * @param subCategoryId its sub-category, or {@code null}
 * @param available whether it may be ordered (not deleted)
 */
public record ProductSnapshot(UUID productId, String name, BigDecimal price, String currency, @Nullable UUID categoryId,
		@Nullable UUID subCategoryId, boolean available) {
}
