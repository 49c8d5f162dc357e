package nexus.user.auth.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record LoginRequest(@NotBlank @Size(max = 254) @Schema(example = "ada@example.com") String email,
		@NotBlank @Size(max = 128) @Schema(example = "correct horse battery") String password) {

	@Override
	public String toString() {
		return "LoginRequest[email=" + this.email + "]";
	}

}
