package nexus.events.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import nexus.events.EventChecks;
import nexus.events.EventContract;
import nexus.events.Topics;

import static nexus.events.EventChecks.required;

/**
 * A captured payment was refunded, because its order was cancelled.
 *
 * @param paymentId the payment
 * @param orderId the order
 * @param customerId the customer
 * @param amount amount refunded
 * @param currency ISO 4217 code
 * @param providerReference the provider's id of the payment
 * @param refundedAt when it was refunded
 */
@EventContract(type = "nexus.order.PaymentRefunded", version = 1, topic = Topics.ORDERS)
public record PaymentRefunded(UUID paymentId, UUID orderId, UUID customerId, BigDecimal amount, String currency,
		String providerReference, Instant refundedAt) implements OrderEvent {

	public PaymentRefunded {
		required(paymentId, "paymentId");
		required(orderId, "orderId");
		required(customerId, "customerId");
		amount = EventChecks.money(amount, "amount");
		EventChecks.currency(currency);
		required(providerReference, "providerReference");
		required(refundedAt, "refundedAt");
	}

}
