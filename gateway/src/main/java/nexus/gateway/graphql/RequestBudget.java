package nexus.gateway.graphql;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The hard cap of one GraphQL request: how many calls it may make to the services, and
 * how many list items they may return to it. Past either, further calls fail with
 * {@link Exceeded}, and the response carries a {@code QUERY_TOO_COSTLY} error.
 */
final class RequestBudget {

	private final int maxCalls;

	private final int maxItems;

	private final AtomicInteger calls = new AtomicInteger();

	private final AtomicInteger items = new AtomicInteger();

	RequestBudget(int maxCalls, int maxItems) {
		this.maxCalls = maxCalls;
		this.maxItems = maxItems;
	}

	/**
	 * Counts one call to a service, before it is made.
	 * @throws Exceeded past the cap
	 */
	void call() {
		if (this.calls.incrementAndGet() > this.maxCalls) {
			throw new Exceeded("The query needs more than " + this.maxCalls
					+ " downstream calls, the most one request may make; ask for fewer or smaller lists");
		}
	}

	/**
	 * Counts the items a service returned.
	 * @param count the items
	 * @throws Exceeded past the cap
	 */
	void items(int count) {
		if (this.items.addAndGet(count) > this.maxItems) {
			throw new Exceeded("The query returns more than " + this.maxItems
					+ " list items, the most one request may return; ask for fewer or smaller lists");
		}
	}

	/** A request went past its cap. */
	static final class Exceeded extends RuntimeException {

		Exceeded(String message) {
			super(message);
		}

	}

}
