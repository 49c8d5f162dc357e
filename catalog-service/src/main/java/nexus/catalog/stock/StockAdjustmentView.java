package nexus.catalog.stock;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A line of a product's stock ledger, as administrators see it.
 *
 * @param id the adjustment
 * @param productId the product
 * @param delta units added (a restock) or taken (a write-off)
 * @param reason why
 * @param actorId who made it; {@code null} for the initial stock of a product that
 * existed before the ledger
 * @param availableAfter units available right after it
 * @param createdAt when
 */
public record StockAdjustmentView(UUID id, UUID productId, @Schema(example = "-2") int delta,
		@Schema(example = "Damaged in the warehouse") String reason, @Schema(types = {
				"string", "null" }, format = "uuid") @Nullable UUID actorId,
		@Schema(example = "38") int availableAfter, Instant createdAt){
}
