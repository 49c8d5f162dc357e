package nexus.events.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import nexus.events.EventChecks;
import nexus.events.EventContract;
import nexus.events.Topics;
import org.jspecify.annotations.Nullable;

import static nexus.events.EventChecks.required;

/**
 * The payment for an order could not be taken.
 *
 * @param paymentId the payment attempt
 * @param orderId the order
 * @param customerId the customer
 * @param amount amount that was asked for
 * @param currency ISO 4217 code
 * @param reason why it failed
 * @param detail a human explanation, if any
 * @param failedAt when it failed
 */
@EventContract(type = "nexus.order.PaymentFailed", version = 1, topic = Topics.ORDERS)
public record PaymentFailed(UUID paymentId, UUID orderId, UUID customerId, BigDecimal amount, String currency,
		Reason reason, @Nullable String detail, Instant failedAt) implements OrderEvent {

	public PaymentFailed {
		required(paymentId, "paymentId");
		required(orderId, "orderId");
		required(customerId, "customerId");
		amount = EventChecks.money(amount, "amount");
		EventChecks.currency(currency);
		required(reason, "reason");
		required(failedAt, "failedAt");
	}

	/** Why a payment failed. */
	public enum Reason {

		/** The provider declined it. */
		DECLINED,

		/** The provider could not be reached. */
		PROVIDER_UNAVAILABLE

	}

}
