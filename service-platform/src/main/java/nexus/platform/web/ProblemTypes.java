package nexus.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;

/**
 * Stable {@code type} URIs of Nexus problem details. A client may switch on them; the
 * {@code title} and {@code detail} are for humans.
 */
public final class ProblemTypes {

	/** Base of every problem type URI. */
	public static final String BASE = "https://nexus.dev/problems/";

	private ProblemTypes() {
	}

	/**
	 * The URI of a problem type.
	 * @param slug the type's name, such as {@code out-of-stock}
	 * @return the type URI
	 */
	public static URI of(String slug) {
		return URI.create(BASE + slug);
	}

	/**
	 * The generic type of a status, for problems nothing more specific was said about.
	 * @param status the HTTP status
	 * @return the type URI
	 */
	public static URI forStatus(HttpStatusCode status) {
		return of(switch (status.value()) {
			case 400 -> "bad-request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 412 -> "precondition-failed";
			case 413 -> "payload-too-large";
			case 414 -> "uri-too-long";
			case 415 -> "unsupported-media-type";
			case 422 -> "unprocessable";
			case 428 -> "precondition-required";
			case 429 -> "rate-limited";
			case 431 -> "headers-too-large";
			case 503 -> "service-unavailable";
			default -> status.is5xxServerError() ? "internal-error" : "http-" + status.value();
		});
	}

}
