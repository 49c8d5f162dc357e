/**
 * What order-service publishes on the orders topic, keyed by order id: the order's status
 * changes and the payments taken and refunded for it, all
 * {@link nexus.events.order.OrderEvent}s. Records only: each checks its own fields, none
 * knows how it is published or consumed.
 */
@NullMarked
package nexus.events.order;

import org.jspecify.annotations.NullMarked;
