package nexus.user.account.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nexus.platform.web.ETags;
import nexus.user.account.AccountService;
import nexus.user.account.AccountView;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opens customer accounts. Public.
 */
@RestController
@Tag(name = "Authentication")
class RegistrationController {

	private final AccountService accounts;

	RegistrationController(AccountService accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/api/auth/register")
	@Operation(summary = "Open a customer account")
	@SecurityRequirements
	@ApiResponse(responseCode = "201", description = "The account was opened")
	@ApiResponse(responseCode = "400", description = "Invalid fields or a weak password")
	@ApiResponse(responseCode = "409", description = "An account with this e-mail address exists")
	ResponseEntity<UserResponse> register(@Valid @RequestBody RegisterRequest request) {
		AccountView account = this.accounts.register(request.toRegistration());
		return ResponseEntity.created(URI.create("/api/users/" + account.id()))
			.eTag(ETags.of(account.version()))
			.body(UserResponse.of(account));
	}

}
