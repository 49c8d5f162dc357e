package nexus.catalog.product.web;

import java.math.BigDecimal;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import nexus.catalog.product.ProductFilter;
import nexus.catalog.web.Pages;

/**
 * The filters of {@code GET /api/catalog/products}; they combine with AND.
 *
 * @param q part of the name, any case
 * @param categoryId in this category
 * @param subCategoryId in this sub-category
 * @param minPrice price at least
 * @param maxPrice price at most
 * @param minStock available units at least
 * @param maxStock available units at most
 * @param inStock true: at least one unit available; false: none
 * @param lowStock true: at or below the low-stock threshold; false: above it
 * @param ids only these products: comma-separated ids, at most 100
 */
record ProductSearchParams(@Parameter(description = "Part of the name, any case", example = "shoe") String q,
		@Parameter(description = "In this category") UUID categoryId,
		@Parameter(description = "In this sub-category") UUID subCategoryId,
		@Parameter(description = "Price at least", example = "10.00",
				schema = @Schema(type = "number", minimum = "0", maximum = "99999999.99")) BigDecimal minPrice,
		@Parameter(description = "Price at most", example = "99.99",
				schema = @Schema(type = "number", minimum = "0", maximum = "99999999.99")) BigDecimal maxPrice,
		@Parameter(description = "Available units at least", example = "1",
				schema = @Schema(type = "integer", format = "int32", minimum = "0")) Integer minStock,
		@Parameter(description = "Available units at most", example = "1000",
				schema = @Schema(type = "integer", format = "int32", minimum = "0")) Integer maxStock,
		@Parameter(description = "true: at least one unit available; false: none") Boolean inStock,
		@Parameter(
				description = "true: available units at or below the low-stock threshold (5 by default); false: above it") Boolean lowStock,
		@Parameter(description = "Only these products: comma-separated ids, at most 100", explode = Explode.FALSE,
				array = @ArraySchema(schema = @Schema(format = "uuid"), maxItems = 100)) String ids) {

	ProductFilter filter() {
		return new ProductFilter(this.q, this.categoryId, this.subCategoryId, this.minPrice, this.maxPrice,
				this.minStock, this.maxStock, this.inStock, this.lowStock, Pages.ids(this.ids));
	}

}
