package nexus.platform.domain;

import java.util.List;

/**
 * The request conflicts with the current state: an illegal status change, a duplicate
 * that must be unique, something still in use.
 */
public non-sealed class StateConflict extends DomainException {

	/**
	 * A conflict.
	 * @param slug the problem slug, such as {@code illegal-status-change}
	 * @param title a short summary
	 * @param detail what happened
	 */
	public StateConflict(String slug, String title, String detail) {
		super(slug, title, detail, List.of());
	}

}
