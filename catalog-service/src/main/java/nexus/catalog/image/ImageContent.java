package nexus.catalog.image;

import java.util.UUID;

/**
 * The bytes of an image and what to serve them with.
 *
 * @param id the image id
 * @param contentType its media type
 * @param sha256 hex digest of the bytes, its ETag
 * @param bytes the bytes
 */
public record ImageContent(UUID id, String contentType, String sha256, byte[] bytes) {
}
