package nexus.catalog.review;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A review as clients see it.
 *
 * @param id the review id
 * @param productId the product
 * @param authorId who wrote it
 * @param authorName their display name (first name and initial)
 * @param stars 1 to 5
 * @param comment what they wrote
 * @param verifiedPurchase whether they had bought the product in a confirmed order
 * @param createdAt when it was written
 */
public record ReviewView(UUID id, UUID productId, UUID authorId, @Schema(example = "Ada L.") String authorName,
		@Schema(example = "5") int stars, @Schema(example = "Fits perfectly.") String comment, boolean verifiedPurchase,
		Instant createdAt) {
}
