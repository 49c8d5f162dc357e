package nexus.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nexus.jwt.revocation.RevokedTokenValidator;
import nexus.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem details, with a {@code WWW-Authenticate} challenge on 401; a
 * revoked token's 401 says so (problem type {@code token-revoked}).
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

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
