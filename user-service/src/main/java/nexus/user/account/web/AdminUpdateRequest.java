package nexus.user.account.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nexus.user.account.AccountChange;
import nexus.user.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator changes on an account; absent fields stay as they are.
 */
record AdminUpdateRequest(
		@Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*",
				message = "must not be blank") @Nullable String firstName,
		@Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Nullable String lastName,
		@Schema(example = "ADMIN") @Nullable Role role, @Schema(example = "false") @Nullable Boolean active) {

	AccountChange toChange() {
		return new AccountChange(this.firstName, this.lastName, this.role, this.active);
	}

}
