package nexus.order.payment;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Payment settings, under {@code nexus.payment}.
 *
 * @param provider where the payment provider is (the guards of every call to it are
 * Resilience4j's instance {@code payment-provider}, configured under
 * {@code resilience4j})
 * @param processing how charges and refunds are run
 * @param webhook how the provider's callbacks are checked
 */
@Validated
@ConfigurationProperties("nexus.payment")
public record PaymentProperties(@Valid @DefaultValue Provider provider, @Valid @DefaultValue Processing processing,
		@Valid @DefaultValue Webhook webhook) {

	/**
	 * The provider.
	 *
	 * @param baseUrl its API root (the simulator by default)
	 * @param apiKey the secret key sent as a bearer token, if the provider wants one
	 * @param connectTimeout how long to wait for a connection
	 */
	public record Provider(@NotNull @DefaultValue("http://localhost:8090") URI baseUrl, String apiKey,
			@NotNull @DefaultValue("1s") Duration connectTimeout) {
	}

	/**
	 * Running charges and refunds.
	 *
	 * @param pollInterval how often payments left waiting (after a crash, or a refund to
	 * retry) are looked for
	 * @param pickupDelay how old a waiting charge must be before the poller takes it (the
	 * commit that created it starts it at once)
	 * @param lease how long one run may hold a payment; longer than a charge's worst case
	 * (two calls with all their retries)
	 * @param refundRetry pause before a refund the provider could not take is tried again
	 * @param chargeRetry pause before a charge the provider could not take (timeout,
	 * provider down, breaker open, bulkhead full) is tried again; it doubles with each
	 * attempt
	 * @param chargeRetryMax longest pause between charge attempts
	 * @param maxConcurrentRuns most charges and refunds run at once; more wait for the
	 * poller
	 * @param reconcileAfter how long after a charge ended without a known outcome (failed
	 * for an unavailable provider, or called off mid-run) the provider is asked whether
	 * it took the money after all
	 * @param reconcileFor how long such a charge keeps being asked about
	 */
	public record Processing(@NotNull @DefaultValue("5s") Duration pollInterval,
			@NotNull @DefaultValue("2s") Duration pickupDelay, @NotNull @DefaultValue("2m") Duration lease,
			@NotNull @DefaultValue("30s") Duration refundRetry, @NotNull @DefaultValue("1s") Duration chargeRetry,
			@NotNull @DefaultValue("30s") Duration chargeRetryMax, @Min(1) @DefaultValue("64") int maxConcurrentRuns,
			@NotNull @DefaultValue("1m") Duration reconcileAfter, @NotNull @DefaultValue("24h") Duration reconcileFor) {

		/**
		 * When a charge the provider could not take is tried again: after a pause that
		 * doubles with each attempt, up to {@code chargeRetryMax}, as long as that is
		 * before the payment is due.
		 * @param attempts attempts made so far (1 after the first)
		 * @param payBefore when the payment is due
		 * @param now the time
		 * @return when to try again, or empty when no attempt fits before the due time
		 */
		public Optional<Instant> nextChargeAttempt(int attempts, Instant payBefore, Instant now) {
			long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
			Duration pause = this.chargeRetry.multipliedBy(factor);
			if (pause.compareTo(this.chargeRetryMax) > 0) {
				pause = this.chargeRetryMax;
			}
			Instant next = now.plus(pause);
			return next.isBefore(payBefore) ? Optional.of(next) : Optional.empty();
		}

	}

	/**
	 * The provider's signed callbacks.
	 *
	 * @param secret the signing secret shared with the provider; the default is the
	 * simulator's local one and must be replaced anywhere else
	 * @param tolerance how far a signature's timestamp may be from now
	 * @param maxBodySize the largest webhook body read; a larger one is refused with 413
	 * before its signature is checked
	 */
	public record Webhook(@NotBlank @DefaultValue("whsec_local_development_only") String secret,
			@NotNull @DefaultValue("5m") Duration tolerance, @NotNull @DefaultValue("64KB") DataSize maxBodySize) {
	}

}
