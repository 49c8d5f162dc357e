/**
 * HTTP in: image uploads (administrators) and image bytes (anyone), with the statuses
 * HTTP has for a file that is too large or not an image (413, 415).
 */
@NullMarked
package nexus.catalog.image.web;

import org.jspecify.annotations.NullMarked;
