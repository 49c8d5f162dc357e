package nexus.order.payment;

import java.time.Duration;
import java.util.UUID;

/**
 * The port to the payment provider. Implementations call it over the network, with
 * timeouts, retries, a circuit breaker and a bulkhead, and never throw for what the
 * provider or the network did: every answer is an outcome.
 */
public interface PaymentProvider {

	/**
	 * Takes a payment. Safe to repeat for the same payment id: the provider sees the same
	 * idempotency keys and takes the money at most once.
	 * @param charge what to take
	 * @return what happened
	 */
	ChargeOutcome charge(Charge charge);

	/**
	 * Asks whether the provider took the money of a charge whose outcome we do not know
	 * (its calls timed out, or the provider was down). Takes nothing: it finds the intent
	 * through the charge's own idempotency key and reads its state.
	 * @param charge the charge asked about
	 * @param lastChance whether this is the last question before the charge is given up
	 * on: it is then asked once even while the circuit breaker is open, since an unknown
	 * outcome would leave the order to reconciliation
	 * @return what the provider holds
	 */
	Inquiry inquire(Charge charge, boolean lastChance);

	/**
	 * Gives a payment back. Safe to repeat.
	 * @param refund what to give back
	 * @return what happened
	 */
	RefundOutcome refund(Refund refund);

	/**
	 * The longest one call may take, every attempt included: a charge's last attempt must
	 * start at least this long before the payment is due.
	 * @return the longest call
	 */
	Duration longestCall();

	/**
	 * A payment to take.
	 *
	 * @param paymentId our payment id, the root of the idempotency keys
	 * @param orderId the order, sent as metadata
	 * @param amountMinor amount in minor units (cents)
	 * @param currency ISO 4217 code
	 */
	record Charge(UUID paymentId, UUID orderId, long amountMinor, String currency) {
	}

	/**
	 * A payment to give back.
	 *
	 * @param paymentId our payment id
	 * @param providerReference the provider's id of the payment
	 */
	record Refund(UUID paymentId, String providerReference) {
	}

	/** The outcome of a charge. */
	sealed interface ChargeOutcome {

		/**
		 * The money was taken.
		 *
		 * @param reference the provider's id of the payment
		 */
		record Succeeded(String reference) implements ChargeOutcome {
		}

		/**
		 * The provider refused.
		 *
		 * @param reference the provider's id of the payment, if one was created
		 * @param code the provider's reason code
		 * @param message the provider's explanation
		 */
		record Declined(String reference, String code, String message) implements ChargeOutcome {
		}

		/**
		 * The provider could not be reached or did not answer in time, even after
		 * retries, or the circuit breaker is open. No money is known to have moved; a
		 * late webhook may still say it did.
		 *
		 * @param detail what went wrong
		 */
		record Unavailable(String detail) implements ChargeOutcome {
		}

	}

	/** What the provider says of a charge whose outcome was not known. */
	sealed interface Inquiry {

		/**
		 * The provider took the money.
		 *
		 * @param reference the provider's id of the payment
		 */
		record Taken(String reference) implements Inquiry {
		}

		/**
		 * The provider holds no money for the charge.
		 *
		 * @param detail its state, for the logs
		 */
		record NotTaken(String detail) implements Inquiry {
		}

		/**
		 * The provider could not be asked.
		 *
		 * @param detail what went wrong
		 */
		record Unknown(String detail) implements Inquiry {
		}

	}

	/** The outcome of a refund. */
	sealed interface RefundOutcome {

		/**
		 * The money was given back (now or earlier).
		 *
		 * @param refundReference the provider's id of the refund, if known
		 */
		record Refunded(String refundReference) implements RefundOutcome {
		}

		/**
		 * The provider could not be reached; try again later.
		 *
		 * @param detail what went wrong
		 */
		record Unavailable(String detail) implements RefundOutcome {
		}

		/**
		 * The provider refused; retrying will not help.
		 *
		 * @param code the provider's reason code
		 * @param message the provider's explanation
		 */
		record Refused(String code, String message) implements RefundOutcome {
		}

	}

}
