package nexus.user.auth;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Brute-force protection of login, under {@code nexus.auth.throttle}: growing delays, not
 * a lock. Failed logins are counted per key until a quiet period without any; past
 * {@code free-failures}, each failure makes the next attempt wait {@code base-delay},
 * then twice as long, and so on up to {@code max-delay} (429 with {@code Retry-After}).
 * Three keys, so that nobody can lock somebody else out:
 * <ul>
 * <li>{@code pair}: one account from one client address; the strict one (up to 15
 * minutes), which a stranger only ever imposes on themselves;</li>
 * <li>{@code account}: one account from anywhere, against guessing from many addresses;
 * capped at 30 seconds, so a stranger can slow an account's holder down but never keep
 * them out;</li>
 * <li>{@code address}: one client address (the trusted client address), whatever the
 * account, against spraying many accounts; generous and capped at a minute, since many
 * people may share an address.</li>
 * </ul>
 *
 * @param pair one account from one address
 * @param account one account from any address
 * @param address one address for any account
 */
@Validated
@ConfigurationProperties("nexus.auth.throttle")
public record ThrottleProperties(@Valid @DefaultValue PairLimit pair, @Valid @DefaultValue AccountLimit account,
		@Valid @DefaultValue AddressLimit address) {

	/**
	 * One account from one client address.
	 *
	 * @param freeFailures failures before the first delay
	 * @param baseDelay the first delay, doubled on every further failure
	 * @param maxDelay the longest delay
	 * @param quietPeriod failures are forgotten after this long without one
	 */
	public record PairLimit(@Min(0) @DefaultValue("3") int freeFailures,
			@NotNull @DefaultValue("1s") Duration baseDelay, @NotNull @DefaultValue("15m") Duration maxDelay,
			@NotNull @DefaultValue("1h") Duration quietPeriod) implements Limit {
	}

	/**
	 * One account from any address.
	 *
	 * @param freeFailures failures before the first delay
	 * @param baseDelay the first delay, doubled on every further failure
	 * @param maxDelay the longest delay: what a stranger can impose on the account's
	 * holder
	 * @param quietPeriod failures are forgotten after this long without one
	 */
	public record AccountLimit(@Min(0) @DefaultValue("10") int freeFailures,
			@NotNull @DefaultValue("1s") Duration baseDelay, @NotNull @DefaultValue("30s") Duration maxDelay,
			@NotNull @DefaultValue("15m") Duration quietPeriod) implements Limit {
	}

	/**
	 * One client address, whatever the account.
	 *
	 * @param freeFailures failures before the first delay
	 * @param baseDelay the first delay, doubled on every further failure
	 * @param maxDelay the longest delay: what one client imposes on others behind the
	 * same address
	 * @param quietPeriod failures are forgotten after this long without one
	 */
	public record AddressLimit(@Min(0) @DefaultValue("50") int freeFailures,
			@NotNull @DefaultValue("1s") Duration baseDelay, @NotNull @DefaultValue("60s") Duration maxDelay,
			@NotNull @DefaultValue("15m") Duration quietPeriod) implements Limit {
	}

	/** One limit. */
	public interface Limit {

		int freeFailures();

		Duration baseDelay();

		Duration maxDelay();

		Duration quietPeriod();

	}

}
