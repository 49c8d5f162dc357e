/**
 * Consuming: {@link nexus.platform.messaging.inbox.EventConsumers} builds a service's
 * Spring Cloud Stream consumers, which read the CloudEvents headers, decode by type and
 * version, skip (and count) what they do not know, and apply each event once through the
 * {@link nexus.platform.messaging.inbox.Inbox}, in the transaction of its effect. What an
 * event does to a service is the service's handler; a message that cannot be read is not
 * retried here but left to the dead-letter topic.
 */
@NullMarked
package nexus.platform.messaging.inbox;

import org.jspecify.annotations.NullMarked;
