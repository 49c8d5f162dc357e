package nexus.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over the limit with 413. A declared {@code Content-Length} over
 * it is refused before anything reads the body; a body without one (chunked) is counted
 * while it is read, and the first read past the limit fails with {@link BodyTooLarge}
 * (answered 413 by {@link ProblemDetailsAdvice}), so it is never read whole. Multipart
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
		if (multipart) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > this.maxBodyBytes) {
			Problems.write(request, response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
					"Payload too large", "The request body is larger than " + this.maxBodyBytes + " bytes"));
			return;
		}
		chain.doFilter(new Limited(request, this.maxBodyBytes), response);
	}

	/**
	 * A request body turned out larger than its limit while it was read.
	 */
	public static final class BodyTooLarge extends IOException {

		private final long limit;

		BodyTooLarge(long limit) {
			super("The request body is larger than " + limit + " bytes");
			this.limit = limit;
		}

		public long limit() {
			return this.limit;
		}

		/**
		 * The body-too-large failure behind another, if any.
		 * @param failure a failure
		 * @return it or its cause, or {@code null}
		 */
		static @Nullable BodyTooLarge in(@Nullable Throwable failure) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof BodyTooLarge tooLarge) {
					return tooLarge;
				}
				if (cause.getCause() == cause) {
					break;
				}
			}
			return null;
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private @Nullable ServletInputStream counted;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.counted == null) {
				this.counted = new Counting(super.getInputStream(), this.limit);
			}
			return this.counted;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					(encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		Counting(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int next = this.in.read();
			if (next >= 0) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = this.in.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void count(int bytes) throws BodyTooLarge {
			this.read += bytes;
			if (this.read > this.limit) {
				throw new BodyTooLarge(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
