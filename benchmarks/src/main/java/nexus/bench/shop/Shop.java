package nexus.bench.shop;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Nexus as a client sees it: the gateway's REST API, for setting up what a run needs
 * (accounts, a category, products). Every call that fails stops the run: a benchmark
 * whose setup went wrong measures nothing.
 */
public final class Shop {

	private final Http http;

	private final URI gateway;

	/**
	 * A client of one gateway.
	 * @param http the HTTP client
	 * @param gateway its base URL, such as {@code http://localhost:8080}
	 */
	public Shop(Http http, URI gateway) {
		this.http = http;
		this.gateway = gateway;
	}

	public URI gateway() {
		return this.gateway;
	}

	public Http http() {
		return this.http;
	}

	/**
	 * Logs in.
	 * @param email the account
	 * @param password its password
	 * @return the account with a fresh token
	 */
	public Account login(String email, String password) {
		return new Account(null, email, password, this, accessToken(email, password));
	}

	/**
	 * Registers a new customer and logs them in.
	 * @param email a new address
	 * @param password a password the rules accept
	 * @return the customer with a token
	 */
	public Account register(String email, String password) {
		JsonNode user = this.http.json("POST", uri("/api/auth/register"), null,
				Map.of("email", email, "password", password, "firstName", "Bench", "lastName", "Shopper"), Map.of());
		return new Account(user.path("id").asString(), email, password, this, accessToken(email, password));
	}

	String accessToken(String email, String password) {
		return this.http
			.json("POST", uri("/api/auth/login"), null, Map.of("email", email, "password", password), Map.of())
			.path("accessToken")
			.asString();
	}

	/**
	 * Adds a top-level category.
	 * @param admin an administrator
	 * @param name a name no other category has
	 * @return its id
	 */
	public String createCategory(Account admin, String name) {
		return this.http.json("POST", uri("/api/catalog/categories"), admin.token(), Map.of("name", name), Map.of())
			.path("id")
			.asString();
	}

	/**
	 * Adds a product.
	 * @param admin an administrator
	 * @param categoryId its category
	 * @param name its name
	 * @param price its price
	 * @param stock units in stock
	 * @return its id
	 */
	public String createProduct(Account admin, String categoryId, String name, BigDecimal price, int stock) {
		Map<String, Object> product = new LinkedHashMap<>();
		product.put("name", name);
		product.put("description", "Made by the benchmark");
		product.put("price", price);
		product.put("currency", "USD");
		product.put("categoryId", categoryId);
		product.put("amountInStock", stock);
		return this.http.json("POST", uri("/api/catalog/products"), admin.token(), product, Map.of())
			.path("id")
			.asString();
	}

	/**
	 * The request that places an order of one product.
	 * @param customer who orders
	 * @param productId what
	 * @param quantity how many
	 * @param idempotencyKey the order's key
	 * @return the request, to send with {@link Http#send}
	 */
	public HttpRequest orderRequest(Account customer, String productId, int quantity, String idempotencyKey) {
		String body = Http.JSON
			.writeValueAsString(Map.of("items", List.of(Map.of("productId", productId, "quantity", quantity))));
		return Http.request(uri("/api/orders"), customer.token())
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", idempotencyKey)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	/**
	 * A URI on the gateway.
	 * @param pathAndQuery such as {@code /api/orders}
	 * @return the URI
	 */
	public URI uri(String pathAndQuery) {
		return this.gateway.resolve(pathAndQuery);
	}

}
