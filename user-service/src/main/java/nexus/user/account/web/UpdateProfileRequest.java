package nexus.user.account.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A partial change of one's own profile; absent fields stay as they are.
 */
record UpdateProfileRequest(
		@Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*",
				message = "must not be blank") @Schema(example = "Ada") @Nullable String firstName,
		@Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*",
				message = "must not be blank") @Schema(example = "King") @Nullable String lastName) {
}
