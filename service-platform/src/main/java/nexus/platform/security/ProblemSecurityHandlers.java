package nexus.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nexus.jwt.revocation.RevokedTokenValidator;
import nexus.platform.web.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * 401 and 403 as problem details, with a {@code WWW-Authenticate} challenge on 401; a
 * revoked token's 401 says so (problem type {@code token-revoked}). A token that cannot
 * be checked because the keys cannot be fetched (user-service down, and a key not cached
 * yet) is 503 {@code token-check-unavailable} with {@code Retry-After}: the token may be
 * fine, the service cannot tell now. Spring Security's own handling rethrows that
 * failure, which made it a 500.
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

	/** How long a client is asked to wait before it tries again. */
	static final int RETRY_AFTER_SECONDS = 5;

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof AuthenticationServiceException) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
			Problems.write(request, response,
					Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "token-check-unavailable", "Cannot check tokens now",
							"The keys that verify access tokens cannot be fetched at the moment; try again shortly"));
			return;
		}
		commence(request, response, exception);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (RevokedTokenValidator.isRevocation(authException)) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			Problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "token-revoked", "Token revoked",
					"This access token was revoked (deactivation, role or password change, or sign-out everywhere); "
							+ "refresh it or log in again"));
			return;
		}
		response.setHeader("WWW-Authenticate", "Bearer");
		Problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
				"A valid access token is required"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		Problems.write(request, response,
				Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "You are not allowed to do this"));
	}

}
