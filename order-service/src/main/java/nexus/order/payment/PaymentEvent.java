package nexus.order.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import nexus.platform.domain.DomainEvent;

/**
 * What happened to a payment, registered by {@link Payment} when an outcome is news and
 * published when the payment is saved. order-service's translator turns each into the
 * wire event of the same name.
 */
public sealed interface PaymentEvent extends DomainEvent {

	/**
	 * The money was taken.
	 *
	 * @param paymentId the payment
	 * @param orderId its order
	 * @param customerId who pays
	 * @param amount how much
	 * @param currency ISO 4217 code
	 * @param reference the provider's id of the payment
	 * @param at when
	 */
	record Succeeded(UUID paymentId, UUID orderId, UUID customerId, BigDecimal amount, String currency,
			String reference, Instant at) implements PaymentEvent {
	}

	/**
	 * No money was taken.
	 *
	 * @param paymentId the payment
	 * @param orderId its order
	 * @param customerId who was to pay
	 * @param amount how much
	 * @param currency ISO 4217 code
	 * @param reason why
	 * @param detail what the provider or the network said
	 * @param at when
	 */
	record Failed(UUID paymentId, UUID orderId, UUID customerId, BigDecimal amount, String currency,
			PaymentFailure reason, String detail, Instant at) implements PaymentEvent {
	}

	/**
	 * The money was given back.
	 *
	 * @param paymentId the payment
	 * @param orderId its order
	 * @param customerId who paid
	 * @param amount how much
	 * @param currency ISO 4217 code
	 * @param reference the provider's id of the payment
	 * @param at when
	 */
	record Refunded(UUID paymentId, UUID orderId, UUID customerId, BigDecimal amount, String currency, String reference,
			Instant at) implements PaymentEvent {
	}

}
