package nexus.paymentsimulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulated provider's state: PaymentIntents, their charges and refunds, and the
 * results stored under idempotency keys.
 */
final class PaymentIntents {

	private final Map<String, Intent> intents = new ConcurrentHashMap<>();

	private final Map<String, Stored> idempotent = new ConcurrentHashMap<>();

	private final Map<String, Object> keyLocks = new ConcurrentHashMap<>();

	private final WebhookSender webhooks;

	private volatile long declineAboveMinor;

	PaymentIntents(WebhookSender webhooks, long declineAboveMinor) {
		this.webhooks = webhooks;
		this.declineAboveMinor = declineAboveMinor;
	}

	void declineAbove(long minor) {
		this.declineAboveMinor = minor;
	}

	/**
	 * Runs a request once per idempotency key: a repeat with the same parameters gets the
	 * first answer back, a repeat with other parameters is refused, and concurrent
	 * repeats wait for the first to finish.
	 */
	Response idempotent(String key, String fingerprint, Supplier<Response> action) {
		synchronized (this.keyLocks.computeIfAbsent(key, (k) -> new Object())) {
			Stored stored = this.idempotent.get(key);
			if (stored != null) {
				if (!stored.fingerprint().equals(fingerprint)) {
					return Response.error(400, "idempotency_error", "idempotency_key_in_use",
							"Keys for idempotent requests can only be used with the same parameters they were first used with.");
				}
				return stored.response();
			}
			Response response = action.get();
			this.idempotent.put(key, new Stored(fingerprint, response));
			return response;
		}
	}

	Response create(Map<String, String> form) {
		String amountText = form.get("amount");
		String currency = form.get("currency");
		if (amountText == null || currency == null) {
			return Response.badRequest("parameter_missing",
					"Missing required param: " + ((amountText == null) ? "amount" : "currency") + ".");
		}
		long amount;
		try {
			amount = Long.parseLong(amountText);
		}
		catch (NumberFormatException ex) {
			return Response.badRequest("parameter_invalid_integer", "Invalid integer: " + amountText);
		}
		if (amount < 1) {
			return Response.badRequest("amount_too_small", "Amount must be at least 1 minor unit.");
		}
		Map<String, String> metadata = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("metadata[") && name.endsWith("]")) {
				metadata.put(name.substring("metadata[".length(), name.length() - 1), value);
			}
		});
		Intent intent = new Intent("pi_" + random(), amount, currency.toLowerCase(Locale.ROOT), Map.copyOf(metadata));
		this.intents.put(intent.id, intent);
		if ("true".equals(form.get("confirm"))) {
			return confirm(intent.id);
		}
		return Response.ok(intent.toJson());
	}

	Response retrieve(String id) {
		Intent intent = this.intents.get(id);
		return (intent != null) ? Response.ok(intent.toJson()) : Response.notFound("payment_intent", id);
	}

	Response confirm(String id) {
		Intent intent = this.intents.get(id);
		if (intent == null) {
			return Response.notFound("payment_intent", id);
		}
		synchronized (intent) {
			if (!intent.status.equals("requires_confirmation") && !intent.status.equals("requires_payment_method")) {
				return Response.badRequest("payment_intent_unexpected_state",
						"This PaymentIntent's status is " + intent.status + " and it cannot be confirmed.");
			}
			if (intent.amount > this.declineAboveMinor) {
				intent.status = "requires_payment_method";
				intent.declineCode = "card_velocity_exceeded";
				ObjectNode snapshot = intent.toJson();
				this.webhooks.send("payment_intent.payment_failed", snapshot);
				Response declined = Response.error(402, "card_error", "card_declined", "Your card was declined.");
				((ObjectNode) declined.body().get("error")).put("decline_code", intent.declineCode)
					.set("payment_intent", snapshot);
				return declined;
			}
			intent.status = "succeeded";
			intent.chargeId = "ch_" + random();
			ObjectNode snapshot = intent.toJson();
			this.webhooks.send("payment_intent.succeeded", snapshot);
			return Response.ok(snapshot);
		}
	}

	Response refund(Map<String, String> form) {
		String id = form.get("payment_intent");
		if (id == null) {
			return Response.badRequest("parameter_missing", "Missing required param: payment_intent.");
		}
		Intent intent = this.intents.get(id);
		if (intent == null) {
			return Response.notFound("payment_intent", id);
		}
		synchronized (intent) {
			if (!intent.status.equals("succeeded")) {
				return Response.badRequest("charge_not_captured", "This PaymentIntent has no captured charge.");
			}
			if (intent.refundId != null) {
				return Response.badRequest("charge_already_refunded",
						"Charge " + intent.chargeId + " has already been refunded.");
			}
			intent.refundId = "re_" + random();
			ObjectNode refund = JsonNodeFactory.instance.objectNode();
			refund.put("id", intent.refundId);
			refund.put("object", "refund");
			refund.put("amount", intent.amount);
			refund.put("currency", intent.currency);
			refund.put("payment_intent", intent.id);
			refund.put("charge", intent.chargeId);
			refund.put("status", "succeeded");
			this.webhooks.send("charge.refunded", intent.chargeJson());
			return Response.ok(refund);
		}
	}

	Optional<PaymentIntentView> view(String id) {
		return Optional.ofNullable(this.intents.get(id)).map(Intent::view);
	}

	List<PaymentIntentView> forOrder(String orderId) {
		return this.intents.values()
			.stream()
			.filter((intent) -> orderId.equals(intent.metadata.get("order_id")))
			.map(Intent::view)
			.toList();
	}

	List<PaymentIntentView> all() {
		return this.intents.values().stream().map(Intent::view).toList();
	}

	private static String random() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
	}

	private record Stored(String fingerprint, Response response) {
	}

	private static final class Intent {

		final String id;

		final long amount;

		final String currency;

		final Map<String, String> metadata;

		final long created = Instant.now().getEpochSecond();

		String status = "requires_confirmation";

		@Nullable String chargeId;

		@Nullable String declineCode;

		@Nullable String refundId;

		Intent(String id, long amount, String currency, Map<String, String> metadata) {
			this.id = id;
			this.amount = amount;
			this.currency = currency;
			this.metadata = metadata;
		}

		synchronized ObjectNode toJson() {
			ObjectNode json = JsonNodeFactory.instance.objectNode();
			json.put("id", this.id);
			json.put("object", "payment_intent");
			json.put("amount", this.amount);
			json.put("amount_received", "succeeded".equals(this.status) ? this.amount : 0);
			json.put("currency", this.currency);
			json.put("status", this.status);
			json.put("created", this.created);
			json.put("latest_charge", this.chargeId);
			ObjectNode metadata = json.putObject("metadata");
			this.metadata.forEach(metadata::put);
			if (this.declineCode != null) {
				ObjectNode error = json.putObject("last_payment_error");
				error.put("type", "card_error");
				error.put("code", "card_declined");
				error.put("decline_code", this.declineCode);
			}
			else {
				json.putNull("last_payment_error");
			}
			return json;
		}

		synchronized ObjectNode chargeJson() {
			ObjectNode json = JsonNodeFactory.instance.objectNode();
			json.put("id", this.chargeId);
			json.put("object", "charge");
			json.put("amount", this.amount);
			json.put("amount_refunded", (this.refundId != null) ? this.amount : 0);
			json.put("currency", this.currency);
			json.put("payment_intent", this.id);
			json.put("refunded", this.refundId != null);
			ObjectNode metadata = json.putObject("metadata");
			this.metadata.forEach(metadata::put);
			return json;
		}

		synchronized PaymentIntentView view() {
			return new PaymentIntentView(this.id, this.amount, this.currency, this.status, this.metadata,
					this.refundId != null);
		}

	}

}
