package nexus.catalog.stock;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A product's stock after an adjustment.
 *
 * @param productId the product
 * @param available units available to order now (the product's {@code amountInStock})
 * @param reserved units held for orders not confirmed yet
 * @param adjustment the ledger line just written
 */
public record StockLevel(UUID productId, @Schema(example = "38") int available, @Schema(example = "3") int reserved,
		StockAdjustmentView adjustment) {
}
