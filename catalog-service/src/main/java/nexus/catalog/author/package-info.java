/**
 * Authors of reviews and comments: the catalogue's copy of users' display names ("Ada
 * L."), kept from user events, so that reviews show who wrote them without asking
 * user-service.
 */
@NullMarked
package nexus.catalog.author;

import org.jspecify.annotations.NullMarked;
