package nexus.gateway.limits;

import java.time.Duration;

import nexus.gateway.GatewayProperties;
import reactor.core.publisher.Mono;

/**
 * Token buckets per key: each holds up to its capacity (the burst) and refills evenly.
 */
interface RateLimitStore {

	/**
	 * Takes tokens from a bucket, if it holds enough; otherwise takes none.
	 * @param key who is counted, within which policy
	 * @param tokens how many tokens this request costs
	 * @param limit the bucket's capacity and refill
	 * @return whether the tokens were taken, what is left, and when enough are back
	 */
	Mono<Decision> take(String key, int tokens, GatewayProperties.Limit limit);

	/**
	 * The outcome of taking tokens.
	 *
	 * @param allowed whether they were taken
	 * @param remaining whole tokens left in the bucket
	 * @param retryAfter when enough tokens are back for the same request (zero when
	 * allowed)
	 */
	record Decision(boolean allowed, long remaining, Duration retryAfter) {

		/**
		 * The decision for a bucket holding {@code available} tokens.
		 * @param available tokens in the bucket before this request
		 * @param tokens tokens asked for
		 * @param limit the bucket
		 * @return the decision
		 */
		static Decision of(double available, int tokens, GatewayProperties.Limit limit) {
			if (available >= tokens) {
				return new Decision(true, (long) Math.floor(available - tokens), Duration.ZERO);
			}
			if (tokens > limit.capacity()) {
				return new Decision(false, (long) Math.floor(available), limit.period());
			}
			return new Decision(false, (long) Math.floor(available),
					Duration.ofMillis((long) Math.ceil((tokens - available) / limit.perMilli())));
		}

	}

}
