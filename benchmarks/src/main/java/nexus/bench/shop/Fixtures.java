package nexus.bench.shop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * What a run creates for itself through the gateway, so that it never depends on (or
 * disturbs) data it did not make: customers, each with a token of their own, and products
 * in a category of the run's own, with stock that the run knows it put in.
 *
 * @param runId a short id that names everything the run made
 * @param admin the administrator who made the products
 * @param customers the customers
 * @param categoryId the run's category
 * @param products the products
 */
public record Fixtures(String runId, Account admin, List<Account> customers, String categoryId,
		List<Product> products) {

	/** What a customer's password is; the rules want at least a few characters. */
	private static final String PASSWORD = "bench-password-1234";

	/**
	 * Creates the customers and products.
	 * @param shop the gateway
	 * @param admin an administrator
	 * @param runId names what the run creates
	 * @param customers how many customers
	 * @param products how many products
	 * @param stock units each product starts with
	 * @return what was made
	 */
	public static Fixtures create(Shop shop, Account admin, String runId, int customers, int products, int stock) {
		String categoryId = shop.createCategory(admin, "Benchmark " + runId);
		List<Product> made = new ArrayList<>();
		for (int i = 0; i < products; i++) {
			// Prices spread over a range, all well below the simulator's decline limit.
			BigDecimal price = BigDecimal.valueOf(500 + (i * 1_337L) % 9_000, 2);
			String name = "Bench " + runId + " product " + i;
			made.add(new Product(shop.createProduct(admin, categoryId, name, price, stock), name, price, stock));
		}
		return new Fixtures(runId, admin, registerAll(shop, runId, customers), categoryId, List.copyOf(made));
	}

	// A few at a time: each registration hashes a password, which is what user-service
	// spends most of its time on.
	private static List<Account> registerAll(Shop shop, String runId, int count) {
		Semaphore parallel = new Semaphore(4);
		List<Future<Account>> pending = new ArrayList<>();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < count; i++) {
				String email = "bench-" + runId + "-" + i + "@example.com";
				pending.add(executor.submit(() -> {
					parallel.acquire();
					try {
						return shop.register(email, PASSWORD);
					}
					finally {
						parallel.release();
					}
				}));
			}
			List<Account> accounts = new ArrayList<>();
			for (Future<Account> account : pending) {
				accounts.add(account.get());
			}
			return Collections.unmodifiableList(accounts);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new BenchException("registering customers failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BenchException("interrupted while registering customers", ex);
		}
	}

	/**
	 * The stock each product started with.
	 * @return product id to units
	 */
	public Map<String, Integer> initialStock() {
		Map<String, Integer> stock = new LinkedHashMap<>();
		this.products.forEach((product) -> stock.put(product.id(), product.initialStock()));
		return stock;
	}

	/**
	 * A product the run made.
	 *
	 * @param id its id
	 * @param name its name
	 * @param price its price
	 * @param initialStock the units it started with
	 */
	public record Product(String id, String name, BigDecimal price, int initialStock) {
	}

}
