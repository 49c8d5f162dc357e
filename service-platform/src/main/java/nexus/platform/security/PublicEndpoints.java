package nexus.platform.security;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * Endpoints of a service that need no token. Declare them as beans; everything else needs
 * a valid access token.
 *
 * @param method the HTTP method, or {@code null} for any
 * @param patterns path patterns
 */
public record PublicEndpoints(@Nullable HttpMethod method, List<String> patterns) {

	/**
	 * Public endpoints for one method.
	 * @param method the HTTP method
	 * @param patterns path patterns
	 * @return the declaration
	 */
	public static PublicEndpoints of(HttpMethod method, String... patterns) {
		return new PublicEndpoints(method, List.of(patterns));
	}

	/**
	 * Public endpoints for any method.
	 * @param patterns path patterns
	 * @return the declaration
	 */
	public static PublicEndpoints any(String... patterns) {
		return new PublicEndpoints(null, List.of(patterns));
	}

}
