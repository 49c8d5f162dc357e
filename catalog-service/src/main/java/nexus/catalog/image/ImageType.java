package nexus.catalog.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats the catalogue accepts, recognised by their content (magic bytes),
 * never by a file name or a client's Content-Type.
 */
public enum ImageType {

	/** PNG: the 8-byte signature. */
	PNG("image/png"),

	/** JPEG: start-of-image marker followed by another marker. */
	JPEG("image/jpeg"),

	/** WebP: a RIFF container of type WEBP. */
	WEBP("image/webp");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] WEBP_TYPE = "WEBP".getBytes(StandardCharsets.US_ASCII);

	private final String mediaType;

	ImageType(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * Recognises an image by its first bytes.
	 * @param content the file's content
	 * @return its type, or empty if it is none of the accepted ones
	 */
	public static Optional<ImageType> of(byte[] content) {
		if (startsWith(content, 0, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (content.length >= 4 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
				&& (content[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (content.length >= 16 && startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_TYPE)) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
		return content.length >= offset + prefix.length
				&& Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

}
