package nexus.user.account.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nexus.user.account.AccountChange;
import nexus.user.account.Role;

/**
 * What an administrator changes on an account; absent fields stay as they are.
 */
record AdminUpdateRequest(
		@Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String firstName,
		@Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String lastName,
		@Schema(example = "ADMIN") Role role, @Schema(example = "false") Boolean active) {

	AccountChange toChange() {
		return new AccountChange(this.firstName, this.lastName, this.role, this.active);
	}

}
