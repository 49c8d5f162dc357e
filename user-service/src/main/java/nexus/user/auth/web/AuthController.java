package nexus.user.auth.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import nexus.user.auth.AuthService;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Login, token refresh and logout. Public: these are how a client gets a token.
 */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "Authentication")
@SecurityRequirements
class AuthController {

	private final AuthService auth;

	AuthController(AuthService auth) {
		this.auth = auth;
	}

	@PostMapping("/login")
	@Operation(summary = "Log in with e-mail and password")
	@ApiResponse(responseCode = "200", description = "An access token and a refresh token")
	@ApiResponse(responseCode = "401", description = "Unknown e-mail or wrong password (the same answer)")
	@ApiResponse(responseCode = "403", description = "The account is deactivated")
	@ApiResponse(responseCode = "429", description = "Too many failed logins; see Retry-After")
	TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		return TokenResponse.of(this.auth.login(request.email(), request.password(), http.getRemoteAddr()));
	}

	@PostMapping("/refresh")
	@Operation(summary = "Exchange a refresh token for a new pair; the old one is spent")
	@ApiResponse(responseCode = "401",
			description = "Unknown, expired, revoked or already used (which ends the login everywhere)")
	TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
		return TokenResponse.of(this.auth.refresh(request.refreshToken()));
	}

	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End the login a refresh token belongs to")
	void logout(@Valid @RequestBody RefreshRequest request) {
		this.auth.logout(request.refreshToken());
	}

}
