package nexus.gateway.limits;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request body turned out larger than its limit while it was streamed: answered 413
 * payload-too-large, and never a failure of the service it was on its way to.
 */
public class PayloadTooLarge extends ResponseStatusException {

	PayloadTooLarge(long limit) {
		super(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than " + limit + " bytes");
	}

	/**
	 * Whether a failure was caused by a body over its limit.
	 * @param failure the failure, or {@code null}
	 * @return whether it or one of its causes is a {@link PayloadTooLarge}
	 */
	public static boolean causedBy(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PayloadTooLarge) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

}
