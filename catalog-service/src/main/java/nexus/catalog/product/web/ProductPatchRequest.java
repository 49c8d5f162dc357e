package nexus.catalog.product.web;

import java.math.BigDecimal;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nexus.catalog.product.ProductPatch;
import nexus.platform.web.CurrencyCode;

/**
 * Some fields of a product: each one given replaces the current value, the others stay.
 * (To take a product out of its sub-category, replace it with {@code PUT}.)
 *
 * @param name 1 to 200 characters
 * @param description at most 5,000 characters
 * @param price more than zero, at most two decimals
 * @param currency ISO 4217 code
 * @param categoryId an existing category; the sub-category goes unless a new one is given
 * @param subCategoryId a sub-category of the (new) category
 * @param amountInStock optional, and only the current available stock (stock changes by
 * stock adjustments; any other value answers 409 {@code stock-is-adjusted-separately})
 */
record ProductPatchRequest(
		@Schema(example = "Trail running shoe, 2nd edition") @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*",
				message = "must not be blank") String name,
		@Size(max = 5000) String description,
		@Schema(example = "79.90") @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) BigDecimal price,
		@CurrencyCode String currency, UUID categoryId, UUID subCategoryId,
		@Schema(example = "40",
				description = "Optional, and only the current available stock; stock changes through the "
						+ "stock-adjustments endpoint") @Min(0) @Max(1_000_000) Integer amountInStock) {

	ProductPatch patch() {
		return new ProductPatch(this.name, this.description, this.price, this.currency, this.categoryId,
				this.subCategoryId);
	}

}
