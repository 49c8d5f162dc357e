/**
 * Product images: what an upload must be (a PNG, JPEG or WebP that decodes, within the
 * limits), its re-encoding without metadata, and storage. A refused file is an
 * {@link nexus.catalog.image.UnacceptableImage} or a domain refusal; nothing here knows
 * HTTP.
 */
@NullMarked
package nexus.catalog.image;

import org.jspecify.annotations.NullMarked;
