package nexus.platform.domain;

import java.util.List;

/**
 * A well-formed request that a business rule refuses: a full cart, an empty order, an
 * unknown product.
 */
public non-sealed class RuleViolation extends DomainException {

	/**
	 * A refusal of the request as a whole.
	 * @param slug the problem slug, such as {@code cart-full}
	 * @param title a short summary
	 * @param detail what happened
	 */
	public RuleViolation(String slug, String title, String detail) {
		super(slug, title, detail, List.of());
	}

	/**
	 * A refusal because of one field.
	 * @param slug the problem slug
	 * @param title a short summary
	 * @param field the field at fault
	 * @param detail what is wrong with it
	 */
	public RuleViolation(String slug, String title, String field, String detail) {
		super(slug, title, detail, List.of(new InvalidField(field, detail)));
	}

}
