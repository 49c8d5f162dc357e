package nexus.catalog.stock.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A restock or a write-off.
 *
 * @param delta units to add (a restock, {@code > 0}) or take (a write-off, {@code < 0});
 * not zero
 * @param reason why, 1 to 200 characters
 */
record StockAdjustmentRequest(@Schema(example = "12",
		description = "Units to add (restock, > 0) or take (write-off, < 0); not zero") @NotNull @Min(-1_000_000) @Max(1_000_000) Integer delta,
		@Schema(example = "Delivery from the supplier") @NotBlank @Size(max = 200) String reason) {
}
