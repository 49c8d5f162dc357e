/**
 * User events in: registrations and renames become authors' display names.
 */
@NullMarked
package nexus.catalog.author.messaging;

import org.jspecify.annotations.NullMarked;
