package nexus.user.auth.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nexus.platform.security.Caller;
import nexus.user.auth.AccountSecurity;
import nexus.user.token.AccessTokens;
import nexus.user.token.LoginSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The current user's password and logins.
 */
@RestController
@RequestMapping("/api/users/me")
@Tag(name = "Users")
class AccountSecurityController {

	private final AccountSecurity security;

	AccountSecurityController(AccountSecurity security) {
		this.security = security;
	}

	@PostMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change the current user's password",
			description = "Every other login is ended and every access token issued before, this one's included, is "
					+ "revoked within seconds; this login's refresh token gets a new access token.")
	@ApiResponse(responseCode = "204", description = "Changed")
	@ApiResponse(responseCode = "400", description = "The new password is too weak (problem type weak-password)")
	@ApiResponse(responseCode = "403", description = "The current password is wrong (problem type wrong-password)")
	void changePassword(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ChangePasswordRequest request) {
		this.security.changePassword(Caller.from(jwt).userId(), sessionOf(jwt), request.currentPassword(),
				request.newPassword());
	}

	@GetMapping("/sessions")
	@Operation(summary = "The current user's active logins")
	List<SessionResponse> sessions(@AuthenticationPrincipal Jwt jwt) {
		UUID current = sessionOf(jwt);
		return this.security.sessions(Caller.from(jwt).userId())
			.stream()
			.map((session) -> SessionResponse.of(session, session.id().equals(current)))
			.toList();
	}

	@DeleteMapping("/sessions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End one of the current user's logins",
			description = "Its refresh token no longer works; its last access token lives out its lifetime.")
	@ApiResponse(responseCode = "204", description = "Ended")
	@ApiResponse(responseCode = "404", description = "No such active login of this user")
	void endSession(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		this.security.endSession(Caller.from(jwt).userId(), id);
	}

	@DeleteMapping("/sessions")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Sign out everywhere",
			description = "Every login is ended and every access token issued so far is refused by the gateway and "
					+ "every service within seconds (401, problem type token-revoked).")
	@ApiResponse(responseCode = "204", description = "Signed out everywhere")
	void signOutEverywhere(@AuthenticationPrincipal Jwt jwt) {
		this.security.signOutEverywhere(Caller.from(jwt).userId());
	}

	private static @Nullable UUID sessionOf(Jwt jwt) {
		String sid = jwt.getClaimAsString(AccessTokens.SESSION_CLAIM);
		try {
			return (sid != null) ? UUID.fromString(sid) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A password change.
	 *
	 * @param currentPassword the password now
	 * @param newPassword the password from now on
	 */
	record ChangePasswordRequest(
			@NotBlank @Size(max = 128) @Schema(example = "correct horse battery") String currentPassword,
			@NotBlank @Size(max = 128) @Schema(example = "another long passphrase") String newPassword) {

		@Override
		public String toString() {
			return "ChangePasswordRequest[]";
		}

	}

	/**
	 * One active login.
	 *
	 * @param id its id, for {@code DELETE /api/users/me/sessions/{id}}
	 * @param createdAt when it logged in
	 * @param lastUsedAt when its refresh token was last used
	 * @param clientAddress the client address it logged in from
	 * @param userAgent the user agent it logged in with
	 * @param current whether it is the login of this request's token
	 */
	record SessionResponse(UUID id, Instant createdAt, Instant lastUsedAt, String clientAddress,
			@Nullable String userAgent, boolean current) {

		static SessionResponse of(LoginSession session, boolean current) {
			return new SessionResponse(session.id(), session.createdAt(), session.lastUsedAt(), session.clientAddress(),
					session.userAgent(), current);
		}

	}

}
