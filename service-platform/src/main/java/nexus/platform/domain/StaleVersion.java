package nexus.platform.domain;

import java.util.List;

/**
 * A change was made against a version of an aggregate that is no longer the current one:
 * somebody else changed it after the caller read it. The caller reads it again and
 * decides anew (over HTTP: {@code If-Match} that no longer matches, 412).
 */
public final class StaleVersion extends DomainException {

	private final long expected;

	private final long current;

	/**
	 * A stale change.
	 * @param what what was changed, such as {@code Product}
	 * @param expected the version the caller read
	 * @param current the version it has now
	 */
	public StaleVersion(String what, long expected, long current) {
		super("stale-version", "Stale version", what + " is at version " + current + ", not " + expected
				+ ": it was changed after you read it; read it again and retry", List.of());
		this.expected = expected;
		this.current = current;
	}

	/**
	 * Checks a caller's version against the current one.
	 * @param what what is being changed, such as {@code Product}
	 * @param expected the version the caller read
	 * @param current the version it has now
	 * @throws StaleVersion when they differ
	 */
	public static void check(String what, long expected, long current) {
		if (expected != current) {
			throw new StaleVersion(what, expected, current);
		}
	}

	public long expected() {
		return this.expected;
	}

	public long current() {
		return this.current;
	}

}
