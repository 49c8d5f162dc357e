package nexus.user.account.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nexus.platform.security.Caller;
import nexus.platform.paging.PageQuery;
import nexus.platform.web.ETags;
import nexus.platform.web.PageResponse;
import nexus.platform.web.Paging;
import nexus.user.account.AccountAudit;
import nexus.user.account.AccountService;
import nexus.user.account.AccountView;
import nexus.user.account.AuditEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The current user's profile, and account administration. Reads return the account's
 * version as its {@code ETag}. An administrator's change must send it back as
 * {@code If-Match} (428 without, 412 when stale); a user's change of their own names may
 * (412 when stale).
 */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users")
class AccountController {

	private final AccountService accounts;

	private final AccountAudit audit;

	AccountController(AccountService accounts, AccountAudit audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/me")
	@Operation(summary = "The current user")
	ResponseEntity<UserResponse> me(@AuthenticationPrincipal Jwt jwt) {
		return withETag(this.accounts.get(Caller.from(jwt).userId()));
	}

	@PatchMapping("/me")
	@Operation(summary = "Change the current user's names")
	@ApiResponse(responseCode = "200", description = "The account after the change, with its new ETag")
	@ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
	ResponseEntity<UserResponse> updateMe(@AuthenticationPrincipal Jwt jwt,
			@Valid @RequestBody UpdateProfileRequest request,
			@Parameter(description = "ETag of the last read, to refuse a stale change (optional)") @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(this.accounts.rename(Caller.from(jwt).userId(), request.firstName(), request.lastName(),
				ETags.expectedVersion(ifMatch)));
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "List accounts (administrators)")
	PageResponse<UserResponse> list(@AuthenticationPrincipal Jwt jwt,
			@Parameter(description = "Only accounts whose e-mail contains this") @RequestParam(
					required = false) @Nullable String email,
			@Paging(sort = { "createdAt", "email", "lastName" }, defaultSort = "createdAt,desc") PageQuery page) {
		this.accounts.requireActiveAdministrator(Caller.from(jwt).userId());
		return PageResponse.of(this.accounts.list(email, page), UserResponse::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "One account (administrators)")
	ResponseEntity<UserResponse> get(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		this.accounts.requireActiveAdministrator(Caller.from(jwt).userId());
		return withETag(this.accounts.get(id));
	}

	@GetMapping("/{id}/audit")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "What was changed on an account, by whom and when, newest first (administrators)")
	@ApiResponse(responseCode = "200",
			description = "The audit entries: who, what (before and after), when, and the request's correlation id")
	@ApiResponse(responseCode = "403", description = "The caller is not an active administrator")
	@ApiResponse(responseCode = "404", description = "No such account")
	PageResponse<AuditEntry> audit(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
			@Paging(sort = { "changedAt" }, defaultSort = "changedAt,desc") PageQuery page) {
		this.accounts.requireActiveAdministrator(Caller.from(jwt).userId());
		this.accounts.get(id);
		return PageResponse.of(this.audit.of(id, page.page(), page.size()));
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change an account's names, role or access (administrators)")
	@ApiResponse(responseCode = "200", description = "The account after the change, with its new ETag")
	@ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
	@ApiResponse(responseCode = "403",
			description = "The caller is not an active administrator (whatever its token says)")
	@ApiResponse(responseCode = "422",
			description = "The change would change your own role or access, or leave the shop without an active administrator")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<UserResponse> administer(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
			@Valid @RequestBody AdminUpdateRequest request,
			@Parameter(description = "ETag of the last read of this account (required)") @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(this.accounts.administer(Caller.from(jwt).userId(), id, request.toChange(),
				ETags.requiredVersion(ifMatch)));
	}

	private static ResponseEntity<UserResponse> withETag(AccountView account) {
		return ResponseEntity.ok().eTag(ETags.of(account.version())).body(UserResponse.of(account));
	}

}
