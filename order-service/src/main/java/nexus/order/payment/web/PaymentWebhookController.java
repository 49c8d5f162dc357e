package nexus.order.payment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import nexus.order.payment.PaymentWebhooks;
import nexus.platform.security.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment provider's callback. It carries no token: the HMAC signature is its proof.
 */
@RestController
@Tag(name = "Payments")
class PaymentWebhookController {

	static final String SIGNATURE = "Stripe-Signature";

	private final PaymentWebhooks webhooks;

	PaymentWebhookController(PaymentWebhooks webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping("/api/payments/webhook")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@SecurityRequirements
	@Operation(summary = "The payment provider's signed event (Stripe-style)",
			description = "Signed with HMAC-SHA256 over \"timestamp.body\" in the Stripe-Signature header "
					+ "(t=...,v1=...). Refused when the signature is wrong (400 invalid-signature), the timestamp "
					+ "is outside the tolerance (400 stale-webhook), or the event was applied before "
					+ "(409 webhook-replayed).")
	@ApiResponse(responseCode = "204", description = "Applied")
	void receive(@Parameter(description = "The provider's signature of the body: t=<unix time>,v1=<hex HMAC-SHA256>",
			required = true,
			example = "t=1764583200,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd") @RequestHeader(
					name = SIGNATURE, required = false) String signature,
			@RequestBody byte[] body) {
		this.webhooks.receive(signature, body);
	}

	@Bean
	static PublicEndpoints paymentWebhookEndpoint() {
		return PublicEndpoints.of(HttpMethod.POST, "/api/payments/webhook");
	}

}
