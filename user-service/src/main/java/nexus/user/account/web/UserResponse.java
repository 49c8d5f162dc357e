package nexus.user.account.web;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import nexus.user.account.AccountView;
import nexus.user.account.Role;

/**
 * An account as clients see it. Never a password or a hash.
 */
record UserResponse(@Schema(example = "3f2b8c1e-7a4d-4e5b-9c6f-1a2b3c4d5e6f") UUID id,
		@Schema(example = "ada@example.com") String email, @Schema(example = "Ada") String firstName,
		@Schema(example = "Lovelace") String lastName, @Schema(example = "CUSTOMER") Role role,
		@Schema(example = "true") boolean active, Instant createdAt, Instant updatedAt) {

	static UserResponse of(AccountView account) {
		return new UserResponse(account.id(), account.email(), account.firstName(), account.lastName(), account.role(),
				account.active(), account.createdAt(), account.updatedAt());
	}

}
