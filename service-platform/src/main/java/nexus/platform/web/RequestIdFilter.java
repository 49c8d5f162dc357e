package nexus.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nexus.platform.observability.CorrelationContext;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the correlation id from {@code X-Request-Id} (or makes one), binds it to the logs
 * and to any event the request publishes, and returns it on the response.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String correlationId = CorrelationContext
			.acceptOrCreate(request.getHeader(CorrelationContext.REQUEST_ID_HEADER));
		response.setHeader(CorrelationContext.REQUEST_ID_HEADER, correlationId);
		try (CorrelationContext.Scope scope = CorrelationContext.open(correlationId, null)) {
			chain.doFilter(request, response);
		}
	}

}
