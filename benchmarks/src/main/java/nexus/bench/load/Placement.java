package nexus.bench.load;

/**
 * One attempt to place an order, as the client saw it.
 *
 * @param intendedNanos when it was meant to be sent ({@link System#nanoTime()}): in an
 * open-loop run its place in the schedule, so that a stalled system cannot hide latency
 * by delaying the sends (coordinated omission); in a closed loop, when it was sent
 * @param startNanos when it was sent
 * @param endNanos when the answer (or the failure) came
 * @param status the HTTP status, or 0 when no answer came
 * @param orderId the order's id when it was accepted (202), else {@code null}
 * @param failure why no answer came (such as {@code timeout}), or the problem type of an
 * error answer, else {@code null}
 * @param customerId who ordered
 * @param productId what
 * @param quantity how many
 */
public record Placement(long intendedNanos, long startNanos, long endNanos, int status, String orderId, String failure,
		String customerId, String productId, int quantity) {

	/**
	 * Whether the order was accepted.
	 * @return a 202 with an order id
	 */
	public boolean accepted() {
		return this.status == 202 && this.orderId != null;
	}

	/**
	 * Whether the client cannot know if an order was made: no answer came, or a server
	 * error did. A gateway's 503 is one of these: its circuit breaker answers so both
	 * when it sent nothing on (open) and when the service took longer than the gateway
	 * waited (a fallback after a timeout), by which time the service may have stored the
	 * order. A refusal (4xx: 400, 401, 422, 429, ...) is known to have stored nothing.
	 * @return {@code true} if an order may exist that the client has no id for
	 */
	public boolean outcomeUnknown() {
		return this.status == 0 || this.status >= 500;
	}

	/**
	 * Latency as a customer lived it: from the moment the request was due to the answer.
	 * @return nanoseconds
	 */
	public long latencyNanos() {
		return this.endNanos - this.intendedNanos;
	}

	/**
	 * The status as it is counted among the HTTP codes: the number, or why no answer
	 * came.
	 * @return such as {@code 202} or {@code timeout}
	 */
	public String code() {
		return (this.status != 0) ? Integer.toString(this.status) : String.valueOf(this.failure);
	}

}
