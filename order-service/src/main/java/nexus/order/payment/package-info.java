/**
 * Payments: the {@link nexus.order.payment.Payment} aggregate (one per order, its
 * idempotency keys rooted in its id) and the {@link nexus.order.payment.PaymentEvent}s it
 * registers, running charges and refunds outside database transactions, recording
 * outcomes whether they come back on the call or by webhook, waiting out an unavailable
 * provider, and reconciling outcomes nobody knows. The provider is a port
 * ({@link nexus.order.payment.PaymentProvider}); nothing here knows HTTP or the wire
 * records.
 */
@NullMarked
package nexus.order.payment;

import org.jspecify.annotations.NullMarked;
