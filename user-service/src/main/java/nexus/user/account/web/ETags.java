package nexus.user.account.web;

import nexus.platform.web.ApiException;

/**
 * Versions as HTTP entity tags: a read returns {@code ETag: "7"}, a change may send
 * {@code If-Match: "7"} and is refused with 409 if the account has moved on.
 */
final class ETags {

	private ETags() {
	}

	static String of(long version) {
		return "\"" + version + "\"";
	}

	static Long expectedVersion(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) {
			return null;
		}
		String value = ifMatch.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		try {
			return Long.parseLong(value.replace("\"", ""));
		}
		catch (NumberFormatException ex) {
			throw ApiException.badRequest("invalid-if-match", "Invalid If-Match",
					"If-Match must be the ETag of a previous read, such as \"3\"");
		}
	}

}
