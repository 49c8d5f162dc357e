package nexus.platform.messaging;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the outbox relay, the inbox and dead-letter handling, under
 * {@code nexus.messaging}.
 *
 * @param outbox the transactional outbox and its relay
 * @param inbox the idempotent inbox
 * @param deadLetters dead-letter recording
 */
@Validated
@ConfigurationProperties("nexus.messaging")
public record MessagingProperties(@Valid @DefaultValue Outbox outbox, @Valid @DefaultValue Inbox inbox,
		@Valid @DefaultValue DeadLetters deadLetters) {

	/**
	 * The transactional outbox and its relay.
	 *
	 * @param relayEnabled whether this instance runs a relay (any number may)
	 * @param pollInterval how often the relay looks for new rows when nothing woke it
	 * @param batchSize rows published per transaction
	 * @param sendTimeout how long to wait for the broker to acknowledge a batch
	 * @param maxBackoff longest pause between attempts while the broker is unreachable
	 * @param retention how long published rows are kept before they are pruned
	 */
	public record Outbox(@DefaultValue("true") boolean relayEnabled,
			@NotNull @DefaultValue("250ms") Duration pollInterval,
			@Min(1) @Max(10_000) @DefaultValue("200") int batchSize, @NotNull @DefaultValue("10s") Duration sendTimeout,
			@NotNull @DefaultValue("10s") Duration maxBackoff, @NotNull @DefaultValue("7d") Duration retention) {
	}

	/**
	 * The idempotent inbox.
	 *
	 * @param retention how long processed event ids are remembered; must exceed the
	 * longest time a message can be redelivered after
	 */
	public record Inbox(@NotNull @DefaultValue("14d") Duration retention) {
	}

	/**
	 * Dead letters.
	 *
	 * @param recorderEnabled whether this instance copies its dead-letter topics into the
	 * {@code dead_letter} table
	 */
	public record DeadLetters(@DefaultValue("true") boolean recorderEnabled) {
	}

}
