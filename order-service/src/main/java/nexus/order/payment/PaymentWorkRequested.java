package nexus.order.payment;

import java.util.UUID;

/**
 * A payment has a charge or a refund to run once the current transaction commits.
 *
 * @param paymentId the payment
 */
record PaymentWorkRequested(UUID paymentId) {
}
