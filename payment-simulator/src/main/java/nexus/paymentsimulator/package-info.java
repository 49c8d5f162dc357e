/**
 * A stand-in payment provider with the shape of Stripe's PaymentIntents API (create,
 * confirm, retrieve, refund, idempotency keys, signed webhooks), served over real HTTP by
 * the JDK's own server, and controls ({@code /_simulator/...}, or the Java API in-JVM)
 * through which a test makes it slow, failing, declining or unreachable. It keeps
 * everything in memory and knows nothing of orders or of Nexus's events; order-service
 * talks to it as it would to the real provider. Start with
 * {@link nexus.paymentsimulator.PaymentSimulator} and
 * {@link nexus.paymentsimulator.SimulatorSettings}.
 */
@NullMarked
package nexus.paymentsimulator;

import org.jspecify.annotations.NullMarked;
