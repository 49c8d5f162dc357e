package nexus.order.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A payment as clients see it (docs/api.md).
 *
 * @param id the payment id
 * @param orderId the order it pays for
 * @param amount how much
 * @param currency ISO 4217 code
 * @param status where it stands
 * @param failureReason {@code DECLINED} or {@code PROVIDER_UNAVAILABLE} when it failed
 * @param providerReference the provider's id of the payment (a PaymentIntent id)
 * @param createdAt when it was asked for
 */
public record PaymentView(UUID id, UUID orderId, @Schema(example = "59.97") BigDecimal amount,
		@Schema(example = "USD") String currency, @Schema(example = "SUCCEEDED") PaymentStatus status,
		@Schema(example = "DECLINED", nullable = true) String failureReason,
		@Schema(example = "pi_3PzX1c2eZvKYlo2C0b1a2b3c", nullable = true) String providerReference, Instant createdAt) {

	static PaymentView of(Payment payment) {
		return new PaymentView(payment.id(), payment.orderId(), payment.amount(), payment.currency(), payment.status(),
				payment.failureReason(), payment.providerReference(), payment.createdAt());
	}

}
