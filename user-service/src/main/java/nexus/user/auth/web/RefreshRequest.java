package nexus.user.auth.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record RefreshRequest(@NotBlank @Size(max = 100) @Schema(
		example = "q9XnW0b3kqv1c2JpY7m8sZ4tR5uV6wX7yZ8aB9cD0eF") String refreshToken) {

	@Override
	public String toString() {
		return "RefreshRequest[***]";
	}

}
