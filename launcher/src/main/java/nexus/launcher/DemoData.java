package nexus.launcher;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * Loads the demo data through the gateway, as a client would: a customer account and,
 * when the catalogue is empty, five categories with two sub-categories each and 50
 * products with a picture and stock (a few nearly sold out, one sold out, one priced
 * above the payment simulator's decline limit). Runs again harmlessly.
 */
public final class DemoData {

	private static final Map<String, List<String>> CATEGORIES = new LinkedHashMap<>();

	static {
		CATEGORIES.put("Kitchen", List.of("Cups", "Kettles"));
		CATEGORIES.put("Outdoors", List.of("Tents", "Backpacks"));
		CATEGORIES.put("Books", List.of("Novels", "Cookbooks"));
		CATEGORIES.put("Audio", List.of("Headphones", "Speakers"));
		CATEGORIES.put("Office", List.of("Notebooks", "Pens"));
	}

	private static final List<String> ADJECTIVES = List.of("Classic", "Compact", "Deluxe", "Everyday", "Travel");

	private final GatewayClient gateway;

	/**
	 * Demo data for one gateway.
	 * @param gateway its base URL
	 */
	public DemoData(String gateway) {
		this.gateway = new GatewayClient(gateway);
	}

	/**
	 * Loads what is missing.
	 * @return a one-line summary
	 */
	public String load() {
		register(LauncherSettings.CUSTOMER_EMAIL, LauncherSettings.CUSTOMER_PASSWORD, "Demo", "Customer");
		String admin = login(LauncherSettings.ADMIN_EMAIL, LauncherSettings.ADMIN_PASSWORD);
		JsonNode existing = send("GET", "/api/catalog/products?size=1", null, null);
		long products = existing.path("page").path("totalElements").asLong();
		if (products > 0) {
			return "demo data present (" + products + " products)";
		}
		int index = 0;
		for (Map.Entry<String, List<String>> category : CATEGORIES.entrySet()) {
			String categoryId = send("POST", "/api/catalog/categories", admin, Map.of("name", category.getKey()))
				.path("id")
				.asString();
			for (String subCategory : category.getValue()) {
				String subCategoryId = send("POST", "/api/catalog/categories/" + categoryId + "/sub-categories", admin,
						Map.of("name", subCategory))
					.path("id")
					.asString();
				for (String adjective : ADJECTIVES) {
					createProduct(admin, adjective + " " + singular(subCategory), categoryId, subCategoryId, index++);
				}
			}
		}
		return "demo data loaded (admin, customer, " + CATEGORIES.size() + " categories, " + index + " products)";
	}

	private void createProduct(String admin, String name, String categoryId, String subCategoryId, int index) {
		BigDecimal price = (index == 17) ? new BigDecimal("6499.00")
				: BigDecimal.valueOf(499 + (index * 733L) % 19_000, 2);
		int stock = switch (index % 10) {
			case 3 -> 0;
			case 7 -> 3;
			default -> 20 + (index * 7) % 80;
		};
		Map<String, Object> product = Map.of("name", name, "description",
				article(name) + " " + name.toLowerCase() + " from the Nexus demo catalogue.", "price", price,
				"currency", "USD", "categoryId", categoryId, "subCategoryId", subCategoryId, "amountInStock", stock);
		String productId = send("POST", "/api/catalog/products", admin, product).path("id").asString();
		upload(admin, "/api/catalog/products/" + productId + "/images", name.replace(' ', '-') + ".png",
				DemoImages.png(name, index));
	}

	private void register(String email, String password, String firstName, String lastName) {
		GatewayClient.Response response = call("POST", "/api/auth/register", null,
				Map.of("email", email, "password", password, "firstName", firstName, "lastName", lastName));
		if (response.status() != 201 && response.status() != 409) {
			throw failure("POST /api/auth/register", response);
		}
	}

	private String login(String email, String password) {
		return send("POST", "/api/auth/login", null, Map.of("email", email, "password", password)).path("accessToken")
			.asString();
	}

	private JsonNode send(String method, String path, String token, Object body) {
		GatewayClient.Response response = call(method, path, token, body);
		if (!response.successful()) {
			throw failure(method + " " + path, response);
		}
		return response.json();
	}

	private GatewayClient.Response call(String method, String path, String token, Object body) {
		return reach(() -> this.gateway.call(method, path, token, body, Map.of()));
	}

	private void upload(String token, String path, String fileName, byte[] content) {
		GatewayClient.Response response = reach(() -> this.gateway.upload(path, token, fileName, "image/png", content));
		if (!response.successful()) {
			throw failure("POST " + path, response);
		}
	}

	private static GatewayClient.Response reach(Supplier<GatewayClient.Response> request) {
		try {
			return request.get();
		}
		catch (UncheckedIOException ex) {
			throw new LauncherException("loading the demo data failed: " + ex.getMessage(), ex);
		}
	}

	private static LauncherException failure(String what, GatewayClient.Response response) {
		return new LauncherException("loading the demo data failed: " + what + " answered " + response);
	}

	private static String article(String word) {
		return ("AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0) ? "An" : "A";
	}

	private static String singular(String plural) {
		return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
	}

}
