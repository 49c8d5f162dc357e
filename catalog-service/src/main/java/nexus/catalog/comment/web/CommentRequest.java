package nexus.catalog.comment.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A comment.
 *
 * @param body 1 to 2,000 characters
 */
record CommentRequest(@Schema(example = "Does it run small?") @NotBlank @Size(max = 2000) String body) {
}
