package nexus.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nexus.platform.observability.CorrelationContext;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the request id from {@code X-Request-Id} (or makes one), binds it to the logs and
 * to any event the request publishes (as the event's correlation id), and returns it on
 * the response. The gateway's filter of the same name does the same at the edge.
 */
public class RequestIdFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = CorrelationContext.acceptOrCreate(request.getHeader(CorrelationContext.REQUEST_ID_HEADER));
		response.setHeader(CorrelationContext.REQUEST_ID_HEADER, requestId);
		try (CorrelationContext.Scope scope = CorrelationContext.open(requestId, null)) {
			chain.doFilter(request, response);
		}
	}

}
