/**
 * What user-service publishes on the users topic, keyed by user id: accounts registered,
 * changed and deactivated, and {@link nexus.events.user.UserAccessRevoked}, the
 * not-before instant every token check reads. All are
 * {@link nexus.events.user.UserEvent}s. Records only: each checks its own fields, none
 * knows how it is published or consumed.
 */
@NullMarked
package nexus.events.user;

import org.jspecify.annotations.NullMarked;
