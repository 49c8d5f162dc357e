package nexus.order.payment.web;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nexus.order.payment.PaymentProperties;
import nexus.order.payment.PaymentWebhooks;
import nexus.platform.web.ApiException;
import nexus.platform.security.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
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

	private final long maxBodyBytes;

	PaymentWebhookController(PaymentWebhooks webhooks, PaymentProperties properties) {
		this.webhooks = webhooks;
		this.maxBodyBytes = properties.webhook().maxBodySize().toBytes();
	}

	@PostMapping("/api/payments/webhook")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@SecurityRequirements
	@Operation(summary = "The payment provider's signed event (Stripe-style)",
			description = "Signed with HMAC-SHA256 over \"timestamp.body\" in the Stripe-Signature header "
					+ "(t=...,v1=...). Refused when the signature is wrong (400 invalid-signature), the timestamp "
					+ "is outside the tolerance (400 stale-webhook), or the event was applied before "
					+ "(409 webhook-replayed). At most nexus.payments.webhook.max-body-size (64 KB) is read, "
					+ "as bytes, and the signature is checked before the body is parsed; a larger body is "
					+ "413 payload-too-large.")
	@RequestBody(required = true, content = @Content(mediaType = "application/json"))
	@ApiResponse(responseCode = "204", description = "Applied")
	@ApiResponse(responseCode = "413", description = "The body is larger than the webhook limit")
	void receive(@Parameter(description = "The provider's signature of the body: t=<unix time>,v1=<hex HMAC-SHA256>",
			required = true,
			example = "t=1764583200,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd") @RequestHeader(
					name = SIGNATURE, required = false) String signature,
			HttpServletRequest request) throws IOException {
		this.webhooks.receive(signature, readAtMost(request));
	}

	/**
	 * The body, as bytes, read no further than one byte past the limit.
	 * @param request the request
	 * @return the body
	 * @throws IOException if it cannot be read
	 */
	private byte[] readAtMost(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > this.maxBodyBytes) {
			throw tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) this.maxBodyBytes + 1);
			if (body.length > this.maxBodyBytes) {
				throw tooLarge();
			}
			return body;
		}
	}

	private ApiException tooLarge() {
		return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
				"A webhook body is at most " + this.maxBodyBytes + " bytes");
	}

	@Bean
	static PublicEndpoints paymentWebhookEndpoint() {
		return PublicEndpoints.of(HttpMethod.POST, "/api/payments/webhook");
	}

}
