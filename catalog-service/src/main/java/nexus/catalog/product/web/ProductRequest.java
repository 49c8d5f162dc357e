package nexus.catalog.product.web;

import java.math.BigDecimal;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nexus.catalog.product.ProductDetails;
import nexus.platform.web.CurrencyCode;

/**
 * A whole product, to create or replace one.
 *
 * @param name 1 to 200 characters
 * @param description at most 5,000 characters
 * @param price more than zero, at most two decimals
 * @param currency ISO 4217 code; {@code USD} when absent
 * @param categoryId an existing category
 * @param subCategoryId a sub-category of that category, or none
 * @param amountInStock units available, 0 to 1,000,000
 * @param version on replace, the version the client read: a newer product answers 409
 */
record ProductRequest(@Schema(example = "Trail running shoe") @NotBlank @Size(max = 200) String name,
		@Schema(example = "Light, grippy and waterproof.") @Size(max = 5000) String description,
		@Schema(example = "89.90") @NotNull @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) BigDecimal price,
		@Schema(example = "USD") @CurrencyCode String currency, @NotNull UUID categoryId, UUID subCategoryId,
		@Schema(example = "42") @NotNull @Min(0) @Max(1_000_000) Integer amountInStock, @Schema(example = "3",
				description = "Optional: the version you read; a newer product answers 409") Long version) {

	static final String DEFAULT_CURRENCY = "USD";

	ProductDetails details() {
		return new ProductDetails(this.name, this.description, this.price,
				(this.currency != null) ? this.currency : DEFAULT_CURRENCY, this.categoryId, this.subCategoryId,
				this.amountInStock);
	}

}
