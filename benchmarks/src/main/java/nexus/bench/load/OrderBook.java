package nexus.bench.load;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nexus.bench.shop.Account;
import nexus.bench.shop.Http;
import tools.jackson.databind.JsonNode;

/**
 * Reads orders as an administrator, a batch of ids per request
 * ({@code GET /api/orders?ids=...}), and waits for them to reach a final state. It reads
 * from order-service directly when its address is known, so that following a backlog adds
 * as little as possible to the gateway's work being measured.
 */
public final class OrderBook {

	// 80 ids keep the request line under the 4 KiB a Netty server (the gateway) accepts.
	private static final int BATCH = 80;

	private final Http http;

	private final URI base;

	private final Account admin;

	/**
	 * Orders read from one base URL.
	 * @param http the HTTP client
	 * @param base order-service's or the gateway's base URL
	 * @param admin an administrator
	 */
	public OrderBook(Http http, URI base, Account admin) {
		this.http = http;
		this.base = base;
		this.admin = admin;
	}

	/**
	 * The orders with these ids; an id order-service does not know is absent.
	 * @param ids the orders
	 * @return id to order
	 */
	public Map<String, OrderState> read(Collection<String> ids) {
		Map<String, OrderState> orders = new LinkedHashMap<>();
		List<String> all = List.copyOf(new LinkedHashSet<>(ids));
		for (int from = 0; from < all.size(); from += BATCH) {
			List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
			JsonNode page = this.http.json("GET",
					this.base.resolve("/api/orders?size=100&ids=" + String.join(",", batch)), this.admin.token(), null,
					Map.of());
			for (JsonNode order : page.path("content")) {
				OrderState state = state(order);
				orders.put(state.id(), state);
			}
		}
		return orders;
	}

	/**
	 * Every order of one customer.
	 * @param customerId the customer
	 * @return their orders
	 */
	public List<OrderState> ordersOf(String customerId) {
		List<OrderState> orders = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode answer = this.http.json("GET",
					this.base.resolve("/api/orders?size=100&sort=createdAt&customerId=" + customerId + "&page=" + page),
					this.admin.token(), null, Map.of());
			answer.path("content").forEach((order) -> orders.add(state(order)));
			if (page + 1 >= answer.path("page").path("totalPages").asInt(0)) {
				return orders;
			}
		}
	}

	/**
	 * Waits until every order is final, reading only those that are not yet.
	 * @param ids the orders
	 * @param timeout how long to wait at most
	 * @return the orders as last read
	 */
	public Settlement awaitFinal(Collection<String> ids, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		Map<String, OrderState> states = new LinkedHashMap<>();
		Set<String> open = new LinkedHashSet<>(ids);
		while (true) {
			Map<String, OrderState> read = read(open);
			states.putAll(read);
			open.removeIf((id) -> read.containsKey(id) && read.get(id).settled());
			if (open.isEmpty() || System.nanoTime() > deadline) {
				Instant lastSettled = states.values()
					.stream()
					.map(OrderState::settledAt)
					.filter(java.util.Objects::nonNull)
					.max(Instant::compareTo)
					.orElse(null);
				return new Settlement(states, List.copyOf(open), lastSettled);
			}
			pause(open.size() > 500 ? Duration.ofSeconds(2) : Duration.ofMillis(500));
		}
	}

	static OrderState state(JsonNode order) {
		Instant settled = null;
		for (JsonNode change : order.path("history")) {
			if (OrderState.FINAL.contains(change.path("status").asString())) {
				settled = Instant.parse(change.path("at").asString());
				break;
			}
		}
		List<OrderState.Line> lines = new ArrayList<>();
		order.path("items")
			.forEach((item) -> lines
				.add(new OrderState.Line(item.path("productId").asString(), item.path("quantity").asInt())));
		String reason = order.path("statusReason").asString(null);
		String created = order.path("createdAt").asString(null);
		return new OrderState(order.path("id").asString(), order.path("customerId").asString(null),
				order.path("status").asString(), (reason == null || reason.isEmpty()) ? null : reason,
				(created != null) ? Instant.parse(created) : null, settled, lines);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	/**
	 * Orders after waiting for them.
	 *
	 * @param orders id to order, as last read (an id order-service never knew is absent)
	 * @param open ids still not final (or unknown) when the wait ended
	 * @param lastSettledAt when the last of them became final, by order-service's clock
	 */
	public record Settlement(Map<String, OrderState> orders, List<String> open, Instant lastSettledAt) {

		public boolean allFinal() {
			return this.open.isEmpty();
		}

	}

}
