/**
 * Accounts on the wire: the service's one {@code EventTranslator}, which turns the
 * account's domain events into the {@code nexus.users.v1} records of
 * {@code common-events}. user-service consumes no events.
 */
@NullMarked
package nexus.user.account.messaging;

import org.jspecify.annotations.NullMarked;
