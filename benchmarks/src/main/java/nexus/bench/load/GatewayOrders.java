package nexus.bench.load;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import nexus.bench.shop.Account;
import nexus.bench.shop.Fixtures;
import nexus.bench.shop.Http;
import nexus.bench.shop.Shop;
import tools.jackson.databind.JsonNode;

/**
 * Orders as customers place them through the gateway: each order one line of quantity 1,
 * the customers taken in turn (each with their own token, so per-user limits apply as
 * they would), the product at random among the run's products.
 */
public final class GatewayOrders implements OrderPlacer {

	private final Shop shop;

	private final List<Account> customers;

	private final List<Fixtures.Product> products;

	private final AtomicLong next = new AtomicLong();

	/**
	 * Orders by the given customers for the given products.
	 * @param shop the gateway
	 * @param customers who orders, in turn
	 * @param products what, at random
	 */
	public GatewayOrders(Shop shop, List<Account> customers, List<Fixtures.Product> products) {
		if (customers.isEmpty() || products.isEmpty()) {
			throw new IllegalArgumentException("orders need at least one customer and one product");
		}
		this.shop = shop;
		this.customers = List.copyOf(customers);
		this.products = List.copyOf(products);
	}

	/**
	 * Orders by a run's customers for its products.
	 * @param shop the gateway
	 * @param fixtures what the run made
	 */
	public GatewayOrders(Shop shop, Fixtures fixtures) {
		this(shop, fixtures.customers(), fixtures.products());
	}

	@Override
	public Placement place(long intendedNanos) {
		Account customer = this.customers.get((int) (this.next.getAndIncrement() % this.customers.size()));
		String productId = this.products.get(ThreadLocalRandom.current().nextInt(this.products.size())).id();
		return place(intendedNanos, customer, productId, 1);
	}

	/**
	 * Places one given order now.
	 * @param intendedNanos when it was due
	 * @param customer who orders
	 * @param productId what
	 * @param quantity how many
	 * @return what happened
	 */
	public Placement place(long intendedNanos, Account customer, String productId, int quantity) {
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = this.shop.http()
				.send(this.shop.orderRequest(customer, productId, quantity, UUID.randomUUID().toString()));
			long end = System.nanoTime();
			String orderId = null;
			String failure = null;
			if (response.statusCode() == 202) {
				orderId = Http.parse(response.body()).path("id").asString(null);
			}
			else {
				failure = problemType(response.body());
			}
			return new Placement(intendedNanos, start, end, response.statusCode(), orderId, failure, customer.id(),
					productId, quantity);
		}
		catch (IOException | RuntimeException ex) {
			String failure = (ex instanceof IOException io) ? Http.describe(io) : ex.getClass().getSimpleName();
			return new Placement(intendedNanos, start, System.nanoTime(), 0, null, failure, customer.id(), productId,
					quantity);
		}
	}

	private static String problemType(String body) {
		try {
			JsonNode problem = Http.parse(body);
			String type = problem.path("type").asString("");
			return type.isEmpty() ? null : type.substring(type.lastIndexOf('/') + 1);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
