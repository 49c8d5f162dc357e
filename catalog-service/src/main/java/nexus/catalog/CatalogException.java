package nexus.catalog;

import java.util.List;

import nexus.platform.web.ApiException;

import org.springframework.http.HttpStatus;

/**
 * A request the catalogue refuses, for a reason the client can act on: the platform's
 * {@link ApiException} (rendered as problem details by the platform's advice), with
 * factories for the catalogue's kinds of refusal.
 */
public class CatalogException extends ApiException {

	private final Kind kind;

	public CatalogException(Kind kind, String type, String title, String detail, List<InvalidField> fields) {
		super(kind.status, type, title, detail,
				fields.stream().map((field) -> new ApiException.FieldError(field.field(), field.message())).toList());
		this.kind = kind;
	}

	/**
	 * Something that does not exist, or no longer does.
	 * @param what what was looked for, such as {@code Product}
	 * @param id its id
	 * @return the exception
	 */
	public static CatalogException notFound(String what, Object id) {
		return new CatalogException(Kind.NOT_FOUND, "not-found", what + " not found",
				what + " " + id + " does not exist", List.of());
	}

	/**
	 * The request conflicts with the current state.
	 * @param type the problem type slug
	 * @param title a short summary
	 * @param detail what happened
	 * @return the exception
	 */
	public static CatalogException conflict(String type, String title, String detail) {
		return new CatalogException(Kind.CONFLICT, type, title, detail, List.of());
	}

	/**
	 * A well-formed request that a business rule refuses, because of one field.
	 * @param type the problem type slug
	 * @param title a short summary
	 * @param field the field at fault
	 * @param detail what is wrong
	 * @return the exception
	 */
	public static CatalogException refused(String type, String title, String field, String detail) {
		return new CatalogException(Kind.REFUSED, type, title, detail, List.of(new InvalidField(field, detail)));
	}

	/**
	 * An invalid request parameter.
	 * @param field the parameter
	 * @param message what is wrong with it
	 * @return the exception
	 */
	public static CatalogException invalid(String field, String message) {
		return new CatalogException(Kind.INVALID, "validation-error", "Invalid request",
				"The request has invalid fields", List.of(new InvalidField(field, message)));
	}

	public Kind kind() {
		return this.kind;
	}

	/** What kind of refusal it is, and its status. */
	public enum Kind {

		/** 400. */
		INVALID(HttpStatus.BAD_REQUEST),

		/** 404. */
		NOT_FOUND(HttpStatus.NOT_FOUND),

		/** 409. */
		CONFLICT(HttpStatus.CONFLICT),

		/** 413. */
		TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),

		/** 415. */
		UNSUPPORTED_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),

		/** 422. */
		REFUSED(HttpStatus.UNPROCESSABLE_CONTENT);

		private final HttpStatus status;

		Kind(HttpStatus status) {
			this.status = status;
		}

	}

	/**
	 * A field at fault.
	 *
	 * @param field its name, as the client sent it
	 * @param message what is wrong with it
	 */
	public record InvalidField(String field, String message) {
	}

}
