package nexus.order.payment.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import nexus.order.payment.PaymentProvider;
import tools.jackson.databind.JsonNode;

/**
 * The payment provider over HTTP, in the shape of Stripe's PaymentIntents: a charge is
 * "create an intent" then "confirm it", a refund is "create a refund". Each call runs
 * behind {@link ProviderGuards}; the idempotency keys derive from our payment id, so a
 * retried, re-run or duplicated charge takes the money once.
 */
class ResilientPaymentProvider implements PaymentProvider {

	private final StripeApi api;

	private final ProviderGuards guards;

	private final Duration longestCall;

	ResilientPaymentProvider(StripeApi api, ProviderGuards guards, Duration longestCall) {
		this.api = api;
		this.guards = guards;
		this.longestCall = longestCall;
	}

	@Override
	public Duration longestCall() {
		return this.longestCall;
	}

	@Override
	public ChargeOutcome charge(Charge charge) {
		try {
			StripeApi.Answer created = this.guards.call("create", () -> create(charge));
			if (!created.ok()) {
				return declined(null, created);
			}
			String intent = created.text("id");
			StripeApi.Answer confirmed = this.guards.call("confirm", () -> this.api
				.post("/v1/payment_intents/" + intent + "/confirm", Map.of(), charge.paymentId() + "-confirm"));
			if (confirmed.ok() && "succeeded".equals(confirmed.text("status"))) {
				return new ChargeOutcome.Succeeded(intent);
			}
			return declined(intent, confirmed);
		}
		catch (ProviderUnavailableException ex) {
			return new ChargeOutcome.Unavailable(ex.getMessage());
		}
	}

	@Override
	public Inquiry inquire(Charge charge, boolean lastChance) {
		try {
			// The same idempotency key answers with the intent the charge created, if its
			// create reached the provider; if it did not, the intent created now was
			// never
			// confirmed and takes nothing.
			StripeApi.Answer created = lastChance ? this.guards.probe("inquire", () -> create(charge))
					: this.guards.call("inquire", () -> create(charge));
			if (!created.ok()) {
				return new Inquiry.NotTaken("no intent: " + created.errorText("code"));
			}
			String intent = created.text("id");
			Callable<StripeApi.Answer> get = () -> this.api.get("/v1/payment_intents/" + intent);
			StripeApi.Answer read = lastChance ? this.guards.probe("inquire", get) : this.guards.call("inquire", get);
			String status = read.ok() ? read.text("status") : null;
			if ("succeeded".equals(status)) {
				return new Inquiry.Taken(intent);
			}
			if ("processing".equals(status)) {
				return new Inquiry.Unknown("intent " + intent + " is still processing");
			}
			return new Inquiry.NotTaken("intent " + intent + " is " + status);
		}
		catch (ProviderUnavailableException ex) {
			return new Inquiry.Unknown(ex.getMessage());
		}
	}

	private StripeApi.Answer create(Charge charge) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("amount", Long.toString(charge.amountMinor()));
		form.put("currency", charge.currency().toLowerCase(Locale.ROOT));
		form.put("metadata[order_id]", charge.orderId().toString());
		form.put("metadata[payment_id]", charge.paymentId().toString());
		return this.api.post("/v1/payment_intents", form, charge.paymentId() + "-create");
	}

	@Override
	public RefundOutcome refund(Refund refund) {
		try {
			StripeApi.Answer answer = this.guards.call("refund", () -> this.api.post("/v1/refunds",
					Map.of("payment_intent", refund.providerReference()), refund.paymentId() + "-refund"));
			if (answer.ok()) {
				return new RefundOutcome.Refunded(answer.text("id"));
			}
			String code = answer.errorText("code");
			if ("charge_already_refunded".equals(code)) {
				return new RefundOutcome.Refunded(null);
			}
			return new RefundOutcome.Refused(code, answer.errorText("message"));
		}
		catch (ProviderUnavailableException ex) {
			return new RefundOutcome.Unavailable(ex.getMessage());
		}
	}

	private static ChargeOutcome declined(String intent, StripeApi.Answer answer) {
		if (answer.ok()) {
			// Confirmed but not succeeded, such as requires_action: not money we have.
			return new ChargeOutcome.Declined(intent, answer.text("status"),
					"The payment needs an action we cannot take");
		}
		JsonNode error = answer.error();
		String code = (error.get("decline_code") != null) ? error.get("decline_code").asString()
				: answer.errorText("code");
		return new ChargeOutcome.Declined(intent, code, answer.errorText("message"));
	}

}
