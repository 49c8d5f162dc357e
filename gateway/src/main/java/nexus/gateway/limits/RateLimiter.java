package nexus.gateway.limits;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nexus.gateway.GatewayProperties;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The gateway's rate limits: one token bucket per policy and caller. Used by the REST
 * filter and by GraphQL (which charges credential operations one per alias, and its cost
 * budget in cost units). Refusals are counted in
 * {@code nexus_gateway_rate_limited_total{policy}}.
 */
public class RateLimiter {

	private final RateLimitStore store;

	private final Map<Policy, GatewayProperties.Limit> limits = new EnumMap<>(Policy.class);

	private final Map<Policy, Counter> refusals = new EnumMap<>(Policy.class);

	RateLimiter(RateLimitStore store, GatewayProperties.RateLimits limits, MeterRegistry meters) {
		this.store = store;
		this.limits.put(Policy.AUTHENTICATION, limits.authentication());
		this.limits.put(Policy.PUBLIC_READS, limits.publicReads());
		this.limits.put(Policy.AUTHENTICATED, limits.authenticated());
		this.limits.put(Policy.ANONYMOUS, limits.anonymous());
		this.limits.put(Policy.GRAPHQL, limits.graphql());
		// Registered up front, at zero, so that an increase() alert sees the very first
		// refusal.
		for (Policy policy : Policy.values()) {
			this.refusals.put(policy, meters.counter("nexus.gateway.rate.limited", "policy", policy.tag()));
		}
	}

	/**
	 * Takes tokens from a caller's bucket.
	 * @param policy the policy
	 * @param caller the user or client address
	 * @param tokens tokens this request costs
	 * @return the decision
	 */
	public Mono<Verdict> take(Policy policy, String caller, int tokens) {
		GatewayProperties.Limit limit = this.limits.get(policy);
		return this.store.take(policy.tag() + ":" + caller, tokens, limit).map((decision) -> {
			if (!decision.allowed()) {
				this.refusals.get(policy).increment();
			}
			return new Verdict(decision.allowed(), decision.remaining(), retryAfterSeconds(decision.retryAfter()),
					limit);
		});
	}

	private static long retryAfterSeconds(Duration retryAfter) {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

	/**
	 * A rate-limit decision.
	 *
	 * @param allowed whether the request may go on
	 * @param remaining tokens left
	 * @param retryAfterSeconds when to retry, when refused
	 * @param limit the limit applied, or {@code null} when none was (GraphQL's credential
	 * check of a request without a credential operation)
	 */
	public record Verdict(boolean allowed, long remaining, long retryAfterSeconds,
			GatewayProperties.@Nullable Limit limit) {

		/**
		 * What a refused client is told.
		 * @return a sentence
		 */
		public String detail() {
			return "Rate limit of " + this.limit.capacity() + " (refilling " + this.limit.refill() + " per "
					+ this.limit.period().toSeconds() + " s) reached; retry after " + this.retryAfterSeconds + " s";
		}

	}

	/** Which bucket is charged. */
	public enum Policy {

		/**
		 * Login, registration and refresh (REST, and each GraphQL alias), per address.
		 */
		AUTHENTICATION,
		/** GET and HEAD of the catalogue and its images, per user or address. */
		PUBLIC_READS,
		/** Other requests with a token, per user. */
		AUTHENTICATED,
		/** Other requests without a token, per client address. */
		ANONYMOUS,
		/** GraphQL cost units, per user or client address. */
		GRAPHQL;

		String tag() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
