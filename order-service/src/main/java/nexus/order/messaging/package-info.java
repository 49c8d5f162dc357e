/**
 * order-service's one edge between its domain events (of orders and payments) and the
 * wire records of {@code common-events}: the translator the platform asks about every
 * domain event an aggregate registers.
 */
@NullMarked
package nexus.order.messaging;

import org.jspecify.annotations.NullMarked;
