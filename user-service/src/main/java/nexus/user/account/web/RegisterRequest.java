package nexus.user.account.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nexus.user.account.EmailAddress;
import nexus.user.account.PasswordPolicy;
import nexus.user.account.Registration;

record RegisterRequest(@NotBlank @Size(max = EmailAddress.MAX_LENGTH) @Schema(example = "ada@example.com") String email,
		@NotNull @Size(min = PasswordPolicy.MIN_LENGTH,
				max = PasswordPolicy.MAX_LENGTH) @Schema(example = "correct horse battery") String password,
		@NotBlank @Size(max = 100) @Schema(example = "Ada") String firstName,
		@NotBlank @Size(max = 100) @Schema(example = "Lovelace") String lastName) {

	Registration toRegistration() {
		return new Registration(this.email, this.password, this.firstName, this.lastName);
	}

	@Override
	public String toString() {
		return "RegisterRequest[email=" + this.email + "]";
	}

}
