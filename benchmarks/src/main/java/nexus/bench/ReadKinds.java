package nexus.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import nexus.bench.shop.Fixtures;
import nexus.bench.shop.Http;

/**
 * The reads a shop's pages make, each asked through the gateway and straight to the
 * service that answers it, anonymously as a visitor browses.
 */
final class ReadKinds {

	private ReadKinds() {
	}

	/**
	 * The reads.
	 * @param gateway the gateway
	 * @param catalog catalog-service, or {@code null}
	 * @param fixtures the run's products and category
	 * @return each read
	 */
	static List<Kind> of(URI gateway, URI catalog, Fixtures fixtures) {
		List<String> products = fixtures.products().stream().map(Fixtures.Product::id).toList();
		String list = "/api/catalog/products?categoryId=" + fixtures.categoryId()
				+ "&minPrice=10.00&maxPrice=80.00&inStock=true&sort=price,asc&size=20";
		return List.of(
				new Kind("product page", "GET /api/catalog/products/{id}", rotating(gateway, products),
						(catalog != null) ? rotating(catalog, products) : null, "GET /api/catalog/products/{id}"),
				new Kind("filtered product list", "GET " + list.replace(fixtures.categoryId(), "{category}"),
						get(gateway, list), (catalog != null) ? get(catalog, list) : null,
						"GET " + list.replace(fixtures.categoryId(), "{category}")),
				new Kind("GraphQL product",
						"POST /graphql { product(id) { id name price amountInStock ratingAverage } }",
						graphql(gateway, products), (catalog != null) ? rotating(catalog, products) : null,
						"GET /api/catalog/products/{id} (the call the gateway makes for it)"));
	}

	private static Supplier<HttpRequest> rotating(URI base, List<String> products) {
		AtomicLong next = new AtomicLong();
		return () -> Http
			.request(
					base.resolve(
							"/api/catalog/products/" + products.get((int) (next.getAndIncrement() % products.size()))),
					null)
			.GET()
			.build();
	}

	private static Supplier<HttpRequest> get(URI base, String pathAndQuery) {
		URI uri = base.resolve(pathAndQuery);
		return () -> Http.request(uri, null).GET().build();
	}

	private static Supplier<HttpRequest> graphql(URI gateway, List<String> products) {
		AtomicLong next = new AtomicLong();
		URI uri = gateway.resolve("/graphql");
		return () -> {
			String id = products.get((int) (next.getAndIncrement() % products.size()));
			String body = Http.JSON.writeValueAsString(Map.of("query",
					"query Product($id: ID!) { product(id: $id) { id name price amountInStock ratingAverage } }",
					"variables", Map.of("id", id)));
			return Http.request(uri, null)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
		};
	}

	/**
	 * One read.
	 *
	 * @param name what it is
	 * @param gatewayRequest what is asked of the gateway
	 * @param gateway makes the requests to the gateway
	 * @param direct makes the requests to the service, or {@code null}
	 * @param directRequest what is asked of the service
	 */
	record Kind(String name, String gatewayRequest, Supplier<HttpRequest> gateway, Supplier<HttpRequest> direct,
			String directRequest) {
	}

}
