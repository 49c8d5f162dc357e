package nexus.platform.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses query parameters that carry control characters (such as {@code %00}) with a 400
 * naming the parameter, before a search or a filter reaches the database, which would
 * otherwise refuse them as if they were a conflict. Bodies are checked where they are
 * read ({@link StrictJson}).
 */
public class ControlCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query != null && !query.isEmpty()) {
			Set<String> refused = new LinkedHashSet<>();
			try {
				for (String pair : query.split("&")) {
					int equals = pair.indexOf('=');
					String name = decode((equals < 0) ? pair : pair.substring(0, equals));
					String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
					if (StrictJson.hasControlCharacters(name) || StrictJson.hasControlCharacters(value)) {
						refused.add(StrictJson.hasControlCharacters(name) ? "query" : name);
					}
				}
			}
			catch (IllegalArgumentException ex) {
				Problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
						"Malformed request", "The query string is not well-formed percent-encoded UTF-8"));
				return;
			}
			if (!refused.isEmpty()) {
				List<ApiException.FieldError> errors = new ArrayList<>();
				refused.forEach((name) -> errors.add(new ApiException.FieldError(name, StrictJson.CONTROL_CHARACTERS)));
				ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-error", "Invalid request",
						"The request has invalid fields");
				Problems.write(request, response, Problems.withErrors(problem, errors));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
