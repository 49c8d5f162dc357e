package nexus.user.auth.web;

import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import nexus.platform.web.ApiException;
import nexus.platform.web.ClientAddresses;
import nexus.user.auth.AuthService;
import nexus.user.auth.LoginOutcome;
import nexus.user.auth.RefreshOutcome;
import nexus.user.auth.TokenPair;
import nexus.user.token.RefreshTokens;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Login, token refresh and logout. Public: these are how a client gets a token. What does
 * not authenticate gets its HTTP answer here: 401 for bad credentials or an unusable
 * refresh token, 429 with {@code Retry-After} for a throttled login.
 */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "Authentication")
@SecurityRequirements
class AuthController {

	private final AuthService auth;

	private final ClientAddresses clients;

	AuthController(AuthService auth, ClientAddresses clients) {
		this.auth = auth;
		this.clients = clients;
	}

	@PostMapping("/login")
	@Operation(summary = "Log in with e-mail and password")
	@ApiResponse(responseCode = "200", description = "An access token and a refresh token")
	@ApiResponse(responseCode = "401", description = "Unknown e-mail or wrong password (the same answer)")
	@ApiResponse(responseCode = "403", description = "The account is deactivated")
	@ApiResponse(responseCode = "429", description = "Too many failed logins; see Retry-After")
	TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		return switch (this.auth.login(request.email(), request.password(), this.clients.of(http),
				http.getHeader(HttpHeaders.USER_AGENT))) {
			case LoginOutcome.LoggedIn(TokenPair tokens) -> TokenResponse.of(tokens);
			case LoginOutcome.BadCredentials() -> throw new ApiException(HttpStatus.UNAUTHORIZED, "invalid-credentials",
					"Invalid credentials", "The e-mail address or the password is wrong");
			case LoginOutcome.Throttled(Duration wait) ->
				throw ApiException.tooManyRequests("Too many failed logins; try again later", wait);
		};
	}

	@PostMapping("/refresh")
	@Operation(summary = "Exchange a refresh token for a new pair; the old one is spent")
	@ApiResponse(responseCode = "200", description = "A new access token and refresh token")
	@ApiResponse(responseCode = "401",
			description = "Unknown, expired, revoked or already used (which ends the login everywhere)")
	@ApiResponse(responseCode = "403", description = "The account is deactivated; the login is ended")
	TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
		return switch (this.auth.refresh(request.refreshToken())) {
			case RefreshOutcome.Refreshed(TokenPair tokens) -> TokenResponse.of(tokens);
			case RefreshOutcome.Refused(RefreshTokens.Reason reason) -> throw new ApiException(HttpStatus.UNAUTHORIZED,
					"invalid-refresh-token", "Invalid refresh token", switch (reason) {
						case REUSED -> "This refresh token was already used; the login has been ended everywhere";
						case EXPIRED -> "The refresh token has expired; log in again";
						case UNKNOWN, REVOKED -> "The refresh token is not valid; log in again";
					});
		};
	}

	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End the login a refresh token belongs to")
	void logout(@Valid @RequestBody RefreshRequest request) {
		this.auth.logout(request.refreshToken());
	}

}
