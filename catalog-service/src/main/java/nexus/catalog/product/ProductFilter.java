package nexus.catalog.product;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import nexus.platform.domain.InvalidValue;

/**
 * What a product list is narrowed to; every field is optional and they combine with AND.
 *
 * @param q part of the name, any case
 * @param categoryId in this category
 * @param subCategoryId in this sub-category
 * @param minPrice price at least
 * @param maxPrice price at most
 * @param minStock available units at least
 * @param maxStock available units at most
 * @param inStock {@code true}: at least one unit available; {@code false}: none
 * @param lowStock {@code true}: available units at or below the low-stock threshold;
 * {@code false}: above it
 * @param ids only these products (at most 100)
 */
public record ProductFilter(String q, UUID categoryId, UUID subCategoryId, BigDecimal minPrice, BigDecimal maxPrice,
		Integer minStock, Integer maxStock, Boolean inStock, Boolean lowStock, List<UUID> ids) {

	/** Longest name search. */
	public static final int Q_MAX = 100;

	/** Highest price a product can have (the price column is numeric(10, 2)). */
	public static final BigDecimal PRICE_MAX = new BigDecimal("99999999.99");

	public ProductFilter {
		q = (q == null || q.isBlank()) ? null : q.strip();
		if (q != null && q.length() > Q_MAX) {
			throw new InvalidValue("q", "must have at most " + Q_MAX + " characters");
		}
		if (minPrice != null && minPrice.signum() < 0) {
			throw new InvalidValue("minPrice", "must not be negative");
		}
		if (maxPrice != null && maxPrice.signum() < 0) {
			throw new InvalidValue("maxPrice", "must not be negative");
		}
		if (minPrice != null && minPrice.compareTo(PRICE_MAX) > 0) {
			throw new InvalidValue("minPrice", "must be at most " + PRICE_MAX.toPlainString());
		}
		if (maxPrice != null && maxPrice.compareTo(PRICE_MAX) > 0) {
			throw new InvalidValue("maxPrice", "must be at most " + PRICE_MAX.toPlainString());
		}
		if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
			throw new InvalidValue("minPrice", "must not be greater than maxPrice");
		}
		if (minStock != null && minStock < 0) {
			throw new InvalidValue("minStock", "must not be negative");
		}
		if (maxStock != null && maxStock < 0) {
			throw new InvalidValue("maxStock", "must not be negative");
		}
		if (minStock != null && maxStock != null && minStock > maxStock) {
			throw new InvalidValue("minStock", "must not be greater than maxStock");
		}
		ids = (ids != null) ? List.copyOf(ids) : null;
	}

	/**
	 * No filter at all.
	 * @return the empty filter
	 */
	public static ProductFilter none() {
		return new ProductFilter(null, null, null, null, null, null, null, null, null, null);
	}

}
