package nexus.catalog.category;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A sub-category as clients see it.
 *
 * @param id the sub-category id
 * @param categoryId its category
 * @param name its name
 * @param createdAt when it was created
 * @param updatedAt when it was last renamed
 * @param version its version (its {@code ETag}), sent back as {@code If-Match} to rename
 * it
 */
public record SubCategoryView(UUID id, UUID categoryId, @Schema(example = "Running shoes") String name,
		Instant createdAt, Instant updatedAt, @Schema(example = "0") long version) {
}
