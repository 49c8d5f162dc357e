package nexus.catalog.image;

/**
 * An upload that is not an image the catalogue takes, for a reason of the file itself
 * rather than a business rule: too many bytes, or not a PNG, JPEG or WebP that decodes.
 * The web adapter answers it with the status HTTP has for it (413, 415); the domain's
 * refusal kinds have none.
 */
public class UnacceptableImage extends RuntimeException {

	private final Reason reason;

	UnacceptableImage(Reason reason, String detail) {
		super(detail);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why the file is refused. */
	public enum Reason {

		/** More bytes than an image may have. */
		TOO_LARGE,

		/** Not a PNG, JPEG or WebP image that decodes as what its first bytes claim. */
		UNSUPPORTED_TYPE

	}

}
