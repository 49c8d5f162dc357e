package nexus.order.payment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import nexus.order.payment.PaymentProvider.ChargeOutcome;
import nexus.platform.domain.InvalidValue;
import nexus.platform.domain.StateConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's callbacks. A webhook is applied only if its signature holds, it was
 * signed recently, and its event id was never applied before; it then settles the payment
 * exactly as the answer of a call would (so a charge whose call timed out is still
 * confirmed, or refunded if its order was cancelled meanwhile).
 */
@Service
public class PaymentWebhooks {

	private static final Logger log = LoggerFactory.getLogger(PaymentWebhooks.class);

	private final WebhookSignatureVerifier verifier;

	private final PaymentRepository payments;

	private final PaymentRecorder recorder;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	PaymentWebhooks(PaymentProperties properties, PaymentRepository payments, PaymentRecorder recorder, JdbcClient jdbc,
			Clock clock) {
		this.verifier = new WebhookSignatureVerifier(properties.webhook().secret(), properties.webhook().tolerance(),
				clock);
		this.payments = payments;
		this.recorder = recorder;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Checks and applies one webhook.
	 * @param signature the {@code Stripe-Signature} header
	 * @param body the exact body
	 */
	@Transactional
	public void receive(String signature, byte[] body) {
		this.verifier.verify(signature, body);
		JsonNode event = parse(body);
		String id = text(event, "id");
		String type = text(event, "type");
		JsonNode object = event.path("data").path("object");
		if (id == null || type == null || !object.isObject()) {
			throw new InvalidValue("malformed-webhook", "Malformed webhook", "body",
					"The event needs an id, a type and data.object");
		}
		if (!firstDelivery(id, type)) {
			throw new StateConflict("webhook-replayed", "Webhook already received",
					"Event " + id + " was already applied");
		}
		switch (type) {
			case "payment_intent.succeeded" -> paymentOf(object).ifPresent(
					(paymentId) -> this.recorder.charged(paymentId, new ChargeOutcome.Succeeded(text(object, "id"))));
			case "payment_intent.payment_failed" -> paymentOf(object).ifPresent(
					(paymentId) -> this.recorder.charged(paymentId, new ChargeOutcome.Declined(text(object, "id"),
							text(object.path("last_payment_error"), "decline_code"), "declined")));
			case "charge.refunded" -> Optional.ofNullable(text(object, "payment_intent"))
				.flatMap(this.payments::findIdByProviderReference)
				.ifPresent(this.recorder::refunded);
			default -> log.debug("Ignoring webhook {} of type {}", id, type);
		}
	}

	private Optional<UUID> paymentOf(JsonNode intent) {
		String paymentId = text(intent.path("metadata"), "payment_id");
		Optional<UUID> found = Optional.empty();
		if (paymentId != null) {
			try {
				UUID candidate = UUID.fromString(paymentId);
				found = this.payments.existsById(candidate) ? Optional.of(candidate) : Optional.empty();
			}
			catch (IllegalArgumentException ex) {
				found = Optional.empty();
			}
		}
		if (found.isEmpty() && text(intent, "id") != null) {
			found = this.payments.findIdByProviderReference(text(intent, "id"));
		}
		if (found.isEmpty()) {
			log.warn("Webhook about PaymentIntent {} matches no payment", text(intent, "id"));
		}
		return found;
	}

	private boolean firstDelivery(String id, String type) {
		return this.jdbc.sql("""
				INSERT INTO webhook_event (event_id, event_type, received_at) VALUES (:id, :type, :now)
				ON CONFLICT DO NOTHING
				""")
			.param("id", id)
			.param("type", type)
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	private JsonNode parse(byte[] body) {
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new InvalidValue("malformed-webhook", "Malformed webhook", "body", "The body is not JSON");
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && !value.isNull()) ? value.asString() : null;
	}

}
