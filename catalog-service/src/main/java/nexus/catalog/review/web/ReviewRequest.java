package nexus.catalog.review.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A review.
 *
 * @param stars 1 to 5
 * @param comment 1 to 2,000 characters
 */
record ReviewRequest(@Schema(example = "5") @NotNull @Min(1) @Max(5) Integer stars, @Schema(
		example = "Fits perfectly, and dry after a day in the rain.") @NotBlank @Size(max = 2000) String comment) {
}
