package nexus.gateway.limits;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * Counts requests per key in fixed windows.
 */
interface RateLimitStore {

	/**
	 * Counts one request.
	 * @param key who is counted, within which policy
	 * @param limit requests allowed per window
	 * @param window the window length
	 * @return whether the request is within the limit, and when the window ends
	 */
	Mono<Decision> hit(String key, int limit, Duration window);

	/**
	 * The outcome of counting one request.
	 *
	 * @param allowed whether it is within the limit
	 * @param remaining requests left in this window
	 * @param resetIn time until the window ends
	 */
	record Decision(boolean allowed, long remaining, Duration resetIn) {

		static Decision of(long count, int limit, Duration resetIn) {
			return new Decision(count <= limit, Math.max(0, limit - count), resetIn);
		}

	}

}
