package nexus.user.auth;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Brute-force protection of login, under {@code nexus.auth.throttle}: after
 * {@code max-failures} failed logins within {@code window}, further attempts are refused
 * with 429 for {@code block}.
 *
 * @param account limits per e-mail address tried (whether or not it has an account)
 * @param address limits per client address
 */
@Validated
@ConfigurationProperties("nexus.auth.throttle")
public record ThrottleProperties(@Valid @DefaultValue AccountLimit account, @Valid @DefaultValue AddressLimit address) {

	/**
	 * Failed logins allowed per e-mail address.
	 *
	 * @param maxFailures failures allowed within the window
	 * @param window how long failures are counted
	 * @param block how long attempts are refused once the limit is reached
	 */
	public record AccountLimit(@Min(1) @DefaultValue("5") int maxFailures,
			@NotNull @DefaultValue("15m") Duration window,
			@NotNull @DefaultValue("15m") Duration block) implements Limit {
	}

	/**
	 * Failed logins allowed per client address: higher, since many people may share one.
	 *
	 * @param maxFailures failures allowed within the window
	 * @param window how long failures are counted
	 * @param block how long attempts are refused once the limit is reached
	 */
	public record AddressLimit(@Min(1) @DefaultValue("20") int maxFailures,
			@NotNull @DefaultValue("15m") Duration window,
			@NotNull @DefaultValue("15m") Duration block) implements Limit {
	}

	/** One limit. */
	public interface Limit {

		int maxFailures();

		Duration window();

		Duration block();

	}

}
