package nexus.platform.domain;

import java.util.List;

/**
 * A value the domain cannot take at all, whatever the state: a malformed e-mail address,
 * a password that breaks the policy, a negative quantity.
 */
public non-sealed class InvalidValue extends DomainException {

	/**
	 * One invalid field.
	 * @param field the field, as the client sent it
	 * @param message what is wrong with it
	 */
	public InvalidValue(String field, String message) {
		this(List.of(new InvalidField(field, message)));
	}

	/**
	 * Several invalid fields.
	 * @param fields the fields at fault, at least one
	 */
	public InvalidValue(List<InvalidField> fields) {
		super("validation-error", "Invalid request", "The request has invalid fields", fields);
		if (fields.isEmpty()) {
			throw new IllegalArgumentException("An invalid value names at least one field");
		}
	}

	/**
	 * An invalid value with a problem slug of its own.
	 * @param slug the problem slug, such as {@code weak-password}
	 * @param title a short summary
	 * @param field the field at fault
	 * @param detail what is wrong with it
	 */
	public InvalidValue(String slug, String title, String field, String detail) {
		super(slug, title, detail, List.of(new InvalidField(field, detail)));
	}

}
