package nexus.platform.domain;

import java.util.List;

/**
 * The thing asked for does not exist, or is not the caller's to see: another customer's
 * order is not found, never forbidden.
 */
public non-sealed class NotFound extends DomainException {

	/**
	 * Something looked up by id.
	 * @param what what was looked for, such as {@code Order}
	 * @param id its id
	 */
	public NotFound(String what, Object id) {
		super("not-found", what + " not found", what + " " + id + " does not exist", List.of());
	}

}
