package nexus.catalog.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nexus.platform.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;

/**
 * What the catalogue's list endpoints share: the {@code ids} filter that lets a client
 * (the gateway's GraphQL layer) load many things in one call.
 */
public final class Pages {

	/** Most ids one {@code ids} filter may name. */
	public static final int MAX_IDS = 100;

	private Pages() {
	}

	/**
	 * Parses a comma-separated {@code ids} filter: at most {@value #MAX_IDS} UUIDs.
	 * @param ids the parameter, or {@code null}
	 * @return the distinct ids in the given order, or {@code null} when absent
	 */
	public static List<UUID> ids(String ids) {
		return (ids != null) ? requiredIds("ids", ids) : null;
	}

	/**
	 * Parses a required comma-separated list of ids: at least one, at most
	 * {@value #MAX_IDS} UUIDs.
	 * @param parameter the parameter's name, for the error
	 * @param ids the parameter, or {@code null} when absent (refused)
	 * @return the distinct ids in the given order
	 */
	public static List<UUID> requiredIds(String parameter, String ids) {
		if (ids == null) {
			throw invalidIds(parameter, "is required");
		}
		Set<UUID> parsed = new LinkedHashSet<>();
		for (String id : StringUtils.commaDelimitedListToStringArray(ids)) {
			if (!StringUtils.hasText(id)) {
				continue;
			}
			try {
				parsed.add(UUID.fromString(id.trim()));
			}
			catch (IllegalArgumentException ex) {
				throw invalidIds(parameter, "'" + id.trim() + "' is not a UUID");
			}
		}
		if (parsed.isEmpty()) {
			throw invalidIds(parameter, "must name at least one id");
		}
		if (parsed.size() > MAX_IDS) {
			throw invalidIds(parameter, "must name at most " + MAX_IDS + " ids");
		}
		return new ArrayList<>(parsed);
	}

	private static ApiException invalidIds(String parameter, String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, "validation-error", "Invalid request",
				"The request has invalid fields", List.of(new ApiException.FieldError(parameter, message)));
	}

}
