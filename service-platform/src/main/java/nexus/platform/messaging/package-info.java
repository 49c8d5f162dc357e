/**
 * Reliable messaging, wired once for every service:
 * {@link nexus.platform.messaging.MessagingAutoConfiguration} puts together the outbox
 * and its relay, the idempotent inbox and the event consumers, dead-letter recording and
 * replay, {@link nexus.platform.messaging.MessagingSchema} (the {@code messaging} tables,
 * with a Flyway history of their own) and the housekeeping that keeps those tables small.
 * The work itself is in the {@code outbox}, {@code inbox} and {@code deadletter}
 * sub-packages; what an event says is {@code common-events}' and each service's
 * {@code EventTranslator}'s. See ADRs 0002 and 0004.
 */
@NullMarked
package nexus.platform.messaging;

import org.jspecify.annotations.NullMarked;
