package nexus.platform.web;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * A refusal a client should understand: it becomes a problem-details response with the
 * given status, type, title and detail. Throw it from application services; never for
 * programming errors (those are 500s and say nothing).
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	private final String title;

	private final List<FieldError> errors;

	private final @Nullable Duration retryAfter;

	public ApiException(HttpStatus status, String type, String title, String detail) {
		this(status, type, title, detail, List.of());
	}

	public ApiException(HttpStatus status, String type, String title, String detail, List<FieldError> errors) {
		this(status, type, title, detail, errors, null);
	}

	private ApiException(HttpStatus status, String type, String title, String detail, List<FieldError> errors,
			@Nullable Duration retryAfter) {
		super(detail);
		this.status = status;
		this.type = type;
		this.title = title;
		this.errors = List.copyOf(errors);
		this.retryAfter = retryAfter;
	}

	/**
	 * 429: too many attempts; the response carries {@code Retry-After}.
	 * @param detail what was limited
	 * @param retryAfter when the client may try again
	 * @return the exception
	 */
	public static ApiException tooManyRequests(String detail, Duration retryAfter) {
		return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", detail, List.of(),
				retryAfter);
	}

	/**
	 * 404: the resource does not exist, or belongs to someone else.
	 * @param what what was looked for, such as {@code Order}
	 * @param id its id
	 * @return the exception
	 */
	public static ApiException notFound(String what, Object id) {
		return new ApiException(HttpStatus.NOT_FOUND, "not-found", what + " not found",
				what + " " + id + " does not exist");
	}

	/**
	 * 409: the request conflicts with the current state.
	 * @param type the problem type slug
	 * @param title a short summary
	 * @param detail what happened
	 * @return the exception
	 */
	public static ApiException conflict(String type, String title, String detail) {
		return new ApiException(HttpStatus.CONFLICT, type, title, detail);
	}

	/**
	 * 403: the caller is known but may not do this.
	 * @param type the problem type slug
	 * @param title a short summary
	 * @param detail why not
	 * @return the exception
	 */
	public static ApiException forbidden(String type, String title, String detail) {
		return new ApiException(HttpStatus.FORBIDDEN, type, title, detail);
	}

	/**
	 * 422: a business rule refused a well-formed request.
	 * @param type the problem type slug
	 * @param title a short summary
	 * @param detail what happened
	 * @return the exception
	 */
	public static ApiException unprocessable(String type, String title, String detail) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, type, title, detail);
	}

	/**
	 * 400: the request is malformed or invalid.
	 * @param type the problem type slug
	 * @param title a short summary
	 * @param detail what is wrong
	 * @return the exception
	 */
	public static ApiException badRequest(String type, String title, String detail) {
		return new ApiException(HttpStatus.BAD_REQUEST, type, title, detail);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String type() {
		return this.type;
	}

	public String title() {
		return this.title;
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

	/**
	 * One invalid field.
	 *
	 * @param field the field's name, as the client sent it
	 * @param message what is wrong with it
	 */
	public record FieldError(String field, String message) {
	}

}
