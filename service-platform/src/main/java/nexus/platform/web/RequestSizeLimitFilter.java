package nexus.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over the limit with 413 before anything reads it. Multipart
 * uploads have their own, larger limit ({@code spring.servlet.multipart.*}).
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBodyBytes;

	public RequestSizeLimitFilter(DataSize maxBody) {
		this.maxBodyBytes = maxBody.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		boolean multipart = contentType != null && contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
		if (!multipart && request.getContentLengthLong() > this.maxBodyBytes) {
			Problems.write(request, response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
					"Payload too large", "The request body is larger than " + this.maxBodyBytes + " bytes"));
			return;
		}
		chain.doFilter(request, response);
	}

}
