/**
 * The payment provider's HTTP client (the shape of Stripe's PaymentIntents) behind its
 * Resilience4j guards: retry, circuit breaker, bulkhead and time limiter, and the meters
 * of every call.
 */
@NullMarked
package nexus.order.payment.client;

import org.jspecify.annotations.NullMarked;
