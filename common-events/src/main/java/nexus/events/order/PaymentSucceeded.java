package nexus.events.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import nexus.events.EventChecks;
import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * The payment provider captured the payment for an order.
 *
 * @param paymentId the payment
 * @param orderId the order paid for
 * @param customerId the customer
 * @param amount amount charged
 * @param currency ISO 4217 code
 * @param providerReference the provider's id of the payment
 * @param succeededAt when it succeeded
 */
@EventContract(type = "nexus.order.PaymentSucceeded", version = 1, topic = Topics.ORDERS)
public record PaymentSucceeded(UUID paymentId, UUID orderId, UUID customerId, BigDecimal amount, String currency,
		String providerReference, Instant succeededAt) implements OrderEvent {

	public PaymentSucceeded {
		required(paymentId, "paymentId");
		required(orderId, "orderId");
		required(customerId, "customerId");
		amount = EventChecks.money(amount, "amount");
		EventChecks.currency(currency);
		required(providerReference, "providerReference");
		required(succeededAt, "succeededAt");
	}

}
