package nexus.catalog.category.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The name of a category or sub-category.
 *
 * @param name 1 to 100 characters, unique within its parent (ignoring case)
 */
record NameRequest(@Schema(example = "Shoes") @NotBlank @Size(max = 100) String name) {
}
