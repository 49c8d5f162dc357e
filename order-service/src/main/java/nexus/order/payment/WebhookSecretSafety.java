package nexus.order.payment;

import nexus.platform.safety.DevelopmentDefault;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The payment simulator's documented webhook secret is for a laptop only: outside the
 * {@code local} profile order-service refuses to start with it.
 */
@Configuration(proxyBeanMethods = false)
class WebhookSecretSafety {

	@Bean
	DevelopmentDefault developmentWebhookSecret() {
		return DevelopmentDefault.of("nexus.payment.webhook.secret",
				"set PAYMENT_WEBHOOK_SECRET to the secret the payment provider signs its webhooks with",
				"whsec_local_development_only");
	}

}
