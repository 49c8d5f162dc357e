package nexus.problems;

import java.net.URI;

/**
 * Stable {@code type} URIs of Nexus problem details (docs/api.md). A client may switch on
 * them; the {@code title} and {@code detail} are for humans. The gateway and the services
 * both answer with these, so a refusal means the same whoever made it.
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
	public static URI forStatus(int status) {
		return of(slugFor(status));
	}

	/**
	 * The generic type's name of a status: {@code not-found} for 404,
	 * {@code internal-error} for any 5xx without a name of its own, {@code http-<status>}
	 * for the rest.
	 * @param status the HTTP status
	 * @return the slug
	 */
	public static String slugFor(int status) {
		return switch (status) {
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
			default -> (status >= 500 && status < 600) ? "internal-error" : "http-" + status;
		};
	}

}
