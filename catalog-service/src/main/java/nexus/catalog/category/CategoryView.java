package nexus.catalog.category;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A category as clients see it, with its sub-categories.
 *
 * @param id the category id
 * @param name its name
 * @param subCategories its sub-categories, by name
 * @param createdAt when it was created
 * @param updatedAt when it was last renamed
 * @param version its version (its {@code ETag}), sent back as {@code If-Match} to rename
 * it
 */
public record CategoryView(UUID id, @Schema(example = "Shoes") String name, List<SubCategoryView> subCategories,
		Instant createdAt, Instant updatedAt, @Schema(example = "0") long version) {

	public CategoryView {
		subCategories = List.copyOf(subCategories);
	}

}
