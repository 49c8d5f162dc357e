/**
 * Orders and the saga: the {@link nexus.order.ordering.Order} aggregate with its allowed
 * status changes and the {@link nexus.order.ordering.OrderEvent}s it registers, placement
 * once per customer and {@code Idempotency-Key} (a canonical request fingerprint), the
 * saga steps that answer the catalogue's stock and the payment's outcome, the deadline
 * sweeper, the lifecycle after placement, queries and business meters. Refusals are the
 * platform's domain exceptions; nothing here knows HTTP or the wire records.
 */
@NullMarked
package nexus.order.ordering;

import org.jspecify.annotations.NullMarked;
