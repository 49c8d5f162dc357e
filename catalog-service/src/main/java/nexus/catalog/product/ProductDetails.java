package nexus.catalog.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * Everything an administrator sets on a product.
 *
 * @param name the name, 1 to 200 characters
 * @param description the description, at most 5,000 characters, or {@code null}
 * @param price unit price, more than zero, at most two decimals
 * @param currency ISO 4217 code
 * @param categoryId its category
 * @param subCategoryId its sub-category (of that category), or {@code null}
 */
public record ProductDetails(String name, String description, BigDecimal price, String currency, UUID categoryId,
		UUID subCategoryId) {

	/** Longest name. */
	public static final int NAME_MAX = 200;

	/** Longest description. */
	public static final int DESCRIPTION_MAX = 5000;

	public ProductDetails {
		if (name == null || name.isBlank() || name.length() > NAME_MAX) {
			throw new IllegalArgumentException("name must have 1 to " + NAME_MAX + " characters");
		}
		name = name.strip();
		if (description != null && description.length() > DESCRIPTION_MAX) {
			throw new IllegalArgumentException("description must have at most " + DESCRIPTION_MAX + " characters");
		}
		if (price == null || price.signum() <= 0) {
			throw new IllegalArgumentException("price must be more than zero");
		}
		try {
			price = price.setScale(2, RoundingMode.UNNECESSARY);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("price must have at most two decimals");
		}
		if (currency == null || !currency.matches("[A-Z]{3}")) {
			throw new IllegalArgumentException("currency must be an ISO 4217 code");
		}
		if (categoryId == null) {
			throw new IllegalArgumentException("categoryId is required");
		}
	}

}
