package nexus.platform.web;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * Versions as HTTP entity tags, the one optimistic-locking convention of every service: a
 * read of a resource returns {@code ETag: "7"}; a change to it sends
 * {@code If-Match: "7"} and is refused with 412 when the resource has moved on (the
 * domain's {@code StaleVersion}), or with 428 when it sends none.
 */
public final class ETags {

	private ETags() {
	}

	/**
	 * The entity tag of a version.
	 * @param version the version
	 * @return the tag, quoted
	 */
	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version an {@code If-Match} header names, when it names one.
	 * @param ifMatch the header, or {@code null}
	 * @return the version, or {@code null} for no header or {@code *}
	 * @throws ApiException 400 when the header is not an entity tag of ours
	 */
	public static @Nullable Long expectedVersion(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) {
			return null;
		}
		String value = ifMatch.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1);
		}
		try {
			long version = Long.parseLong(value);
			if (version < 0) {
				throw invalid();
			}
			return version;
		}
		catch (NumberFormatException ex) {
			throw invalid();
		}
	}

	/**
	 * The version an {@code If-Match} header names; a change to a versioned resource must
	 * send one.
	 * @param ifMatch the header, or {@code null}
	 * @return the version
	 * @throws ApiException 428 when there is none, 400 when it is malformed
	 */
	public static long requiredVersion(@Nullable String ifMatch) {
		Long version = expectedVersion(ifMatch);
		if (version == null) {
			throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "If-Match required",
					"Send If-Match with the ETag of your last read of this resource, such as \"3\", so that a change "
							+ "made meanwhile by someone else is not overwritten");
		}
		return version;
	}

	private static ApiException invalid() {
		return ApiException.badRequest("invalid-if-match", "Invalid If-Match",
				"If-Match must be the ETag of a previous read, such as \"3\"");
	}

}
