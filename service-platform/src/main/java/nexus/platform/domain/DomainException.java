package nexus.platform.domain;

import java.util.List;

/**
 * A refusal by a domain rule, in the domain's own words: what kind of refusal it is (the
 * subclass), a stable problem slug a client may switch on, a short title and a detail for
 * humans, and the fields at fault when there are any.
 * <p>
 * Domain code throws these and knows nothing of HTTP; the platform's web advice maps each
 * kind to its status once ({@link NotFound} 404, {@link StateConflict} 409,
 * {@link RuleViolation} 422, {@link InvalidValue} 400, {@link NotPermitted} 403,
 * {@link StaleVersion} 412). Never thrown for programming errors: those are bugs and stay
 * unchecked exceptions of the JDK.
 */
public abstract sealed class DomainException extends RuntimeException
		permits NotFound, StateConflict, RuleViolation, InvalidValue, NotPermitted, StaleVersion {

	private final String slug;

	private final String title;

	private final List<InvalidField> fields;

	protected DomainException(String slug, String title, String detail, List<InvalidField> fields) {
		super(detail);
		this.slug = slug;
		this.title = title;
		this.fields = List.copyOf(fields);
	}

	/**
	 * The stable name of this refusal, such as {@code out-of-stock}: the last segment of
	 * the problem's {@code type}.
	 * @return the slug
	 */
	public String slug() {
		return this.slug;
	}

	/**
	 * A short summary, the same for every occurrence of the slug.
	 * @return the title
	 */
	public String title() {
		return this.title;
	}

	/**
	 * What happened this time.
	 * @return the detail
	 */
	public String detail() {
		return getMessage();
	}

	/**
	 * The fields at fault, if the refusal is about particular fields.
	 * @return the fields, possibly none
	 */
	public List<InvalidField> fields() {
		return this.fields;
	}

}
