package nexus.catalog.product;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A partial update: each field that is not {@code null} replaces the current value.
 *
 * @param name new name
 * @param description new description
 * @param price new price
 * @param currency new currency
 * @param categoryId new category
 * @param subCategoryId new sub-category
 */
public record ProductPatch(String name, String description, BigDecimal price, String currency, UUID categoryId,
		UUID subCategoryId) {

	ProductDetails applyTo(ProductDetails current) {
		UUID category = (this.categoryId != null) ? this.categoryId : current.categoryId();
		// Moving to another category leaves the old sub-category behind unless a new one
		// is given.
		UUID subCategory = (this.subCategoryId != null) ? this.subCategoryId
				: category.equals(current.categoryId()) ? current.subCategoryId() : null;
		return new ProductDetails(or(this.name, current.name()), or(this.description, current.description()),
				or(this.price, current.price()), or(this.currency, current.currency()), category, subCategory);
	}

	private static <T> T or(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

}
