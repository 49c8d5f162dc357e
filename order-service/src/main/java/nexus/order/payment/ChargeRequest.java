package nexus.order.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What the order saga asks the payment side to take.
 *
 * @param orderId the order
 * @param customerId who pays
 * @param amount how much, two decimals
 * @param currency ISO 4217 code
 * @param payBefore no charge is started after this (the stock reservation must still hold
 * when the order is confirmed)
 */
public record ChargeRequest(UUID orderId, UUID customerId, BigDecimal amount, String currency, Instant payBefore) {
}
