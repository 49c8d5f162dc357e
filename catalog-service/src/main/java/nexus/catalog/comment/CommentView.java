package nexus.catalog.comment;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A comment as clients see it.
 *
 * @param id the comment id
 * @param productId the product
 * @param authorId who wrote it
 * @param authorName their display name (first name and initial)
 * @param body what they wrote
 * @param createdAt when
 */
public record CommentView(UUID id, UUID productId, UUID authorId, @Schema(example = "Ada L.") String authorName,
		@Schema(example = "Does it run small?") String body, Instant createdAt) {
}
