package nexus.gateway.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionQueryBuilder;
import nexus.gateway.Downstreams;
import nexus.gateway.GatewayTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class GraphQlIT extends GatewayTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void callsToTheServicesAreMeasuredBesideTheRoutesOwnMeters() {
		Downstreams.CATALOG.stubFor(get(urlPathEqualTo("/api/catalog/categories")).willReturn(okJson(page(List.of()))));
		this.http.get().uri("/api/catalog/categories").exchange().expectStatus().isOk();

		graphql(null, "{ categories { content { name } } }").expectStatus().isOk();

		this.http.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.get()
			.uri("/actuator/prometheus")
			// Metrics are for administrators (ADR 0008).
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((metrics) -> assertThat(metrics).contains("nexus_gateway_graphql_client_requests_seconds_count{")
				.contains("spring_cloud_gateway_requests_seconds_count{"));
	}

	@Test
	void fiftyProductsWithTheirCategoriesCostTwoCalls() {
		List<UUID> categories = IntStream.range(0, 5).mapToObj((i) -> UUID.randomUUID()).toList();
		List<Map<String, Object>> products = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			products.add(product(UUID.randomUUID(), "Product " + i, categories.get(i % 5)));
		}
		Downstreams.CATALOG.stubFor(get(urlPathEqualTo("/api/catalog/products")).willReturn(okJson(page(products))));
		Downstreams.CATALOG.stubFor(get(urlPathEqualTo("/api/catalog/categories"))
			.willReturn(okJson(page(categories.stream().map((id) -> category(id, "Category " + id)).toList()))));

		graphql(null,
				"{ products(size: 50, sort: [\"price,desc\"]) { content { name category { name } } page { totalElements } } }")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.products.content.length()")
			.isEqualTo(50)
			.jsonPath("$.data.products.content[7].category.name")
			.isEqualTo("Category " + categories.get(2));

		Downstreams.CATALOG.verify(1,
				getRequestedFor(urlPathEqualTo("/api/catalog/products")).withQueryParam("size", equalTo("50"))
					.withQueryParam("sort", equalTo("price,desc")));
		Downstreams.CATALOG.verify(1, getRequestedFor(urlPathEqualTo("/api/catalog/categories")).withQueryParam("ids",
				matching("([0-9a-f-]{36},){4}[0-9a-f-]{36}")));
	}

	@Test
	void ordersWithTheirProductsCostTwoCallsAndCarryTheCallersToken() {
		List<UUID> productIds = IntStream.range(0, 6).mapToObj((i) -> UUID.randomUUID()).toList();
		List<Map<String, Object>> orders = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			List<Map<String, Object>> items = List.of(item(productIds.get(i % 6)), item(productIds.get((i + 1) % 6)));
			orders.add(Map.of("id", UUID.randomUUID(), "status", "CONFIRMED", "items", items, "totalAmount", "10.00",
					"currency", "USD"));
		}
		Downstreams.ORDERS.stubFor(get(urlPathEqualTo("/api/orders")).willReturn(okJson(page(orders))));
		Downstreams.CATALOG.stubFor(get(urlPathEqualTo("/api/catalog/products")).willReturn(
				okJson(page(productIds.stream().map((id) -> product(id, "P-" + id, UUID.randomUUID())).toList()))));
		String token = customer();

		graphql(token, "{ orders { content { status items { quantity product { name } } } } }").expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.orders.content.length()")
			.isEqualTo(10)
			.jsonPath("$.data.orders.content[0].items[0].product.name")
			.isEqualTo("P-" + productIds.get(0));

		Downstreams.ORDERS.verify(1,
				getRequestedFor(urlPathEqualTo("/api/orders")).withHeader(HttpHeaders.AUTHORIZATION, equalTo(token)));
		Downstreams.CATALOG.verify(1, getRequestedFor(urlPathEqualTo("/api/catalog/products"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo(token)));
	}

	@Test
	void mutationsPassInputsTokenAndIdempotencyKeyOn() {
		UUID orderId = UUID.randomUUID();
		Downstreams.ORDERS.stubFor(post(urlEqualTo("/api/orders"))
			.willReturn(okJson(JSON.writeValueAsString(Map.of("id", orderId, "status", "PENDING", "items", List.of(),
					"totalAmount", "0.00", "currency", "USD")))
				.withStatus(202)));
		String token = customer();

		graphql(token, "mutation { createOrder(fromCart: true, idempotencyKey: \"k-42\") { id status } }").expectBody()
			.jsonPath("$.data.createOrder.id")
			.isEqualTo(orderId.toString())
			.jsonPath("$.data.createOrder.status")
			.isEqualTo("PENDING");

		Downstreams.ORDERS
			.verify(postRequestedFor(urlEqualTo("/api/orders")).withHeader("Idempotency-Key", equalTo("k-42"))
				.withHeader(HttpHeaders.AUTHORIZATION, equalTo(token))
				.withRequestBody(equalToJson("{\"fromCart\":true}")));
	}

	@Test
	void refusalsAreClassified() {
		Downstreams.ORDERS.stubFor(get(urlEqualTo("/api/cart")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/problem+json")
			.withBody(
					"{\"type\":\"https://nexus.dev/problems/unauthorized\",\"status\":401,\"detail\":\"A valid access token is required\"}")));
		UUID missing = UUID.randomUUID();
		Downstreams.CATALOG.stubFor(get(urlEqualTo("/api/catalog/products/" + missing)).willReturn(aResponse()
			.withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody(
					"{\"type\":\"https://nexus.dev/problems/not-found\",\"status\":404,\"detail\":\"Product not found\"}")));
		Downstreams.CATALOG.stubFor(post(urlEqualTo("/api/catalog/products/p1/reviews"))
			.willReturn(aResponse().withStatus(403).withBody("{\"detail\":\"no\"}")));

		graphql(null, "{ cart { totalAmount } }").expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("UNAUTHORIZED");
		graphql(null, "{ product(id: \"" + missing + "\") { name } }").expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("NOT_FOUND")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Product not found")
			.jsonPath("$.data.product")
			.doesNotExist();
	}

	@Test
	void aServiceThatCannotAnswerIsUnavailable() {
		Downstreams.CATALOG.stubFor(
				get(urlPathEqualTo("/api/catalog/categories")).willReturn(aResponse().withStatus(500).withBody("{}")));

		graphql(null, "{ categories { content { name } } }").expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("UNAVAILABLE")
			.jsonPath("$.errors[0].extensions.service")
			.isEqualTo("catalog-service");
	}

	@Test
	void aQueryDeeperThanTheLimitIsRefusedBeforeAnyServiceIsCalled() {
		graphql(customer(), "{ cart { items { product { category { subCategories { name } } } } } }").expectBody()
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat(message.toString()).containsIgnoringCase("depth"))
			.jsonPath("$.data")
			.doesNotExist();

		Downstreams.ORDERS.verify(0, anyRequestedFor(anyUrl()));
		Downstreams.CATALOG.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void theFullIntrospectionQueryOfGraphiqlPassesTheLimits() {
		String introspection = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
			.inputValueDeprecation(true)
			.isOneOf(true)
			.typeRefFragmentDepth(9));
		graphql(null, introspection).expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.__schema.queryType.name")
			.isEqualTo("Query");
	}

	@Test
	void introspectionBesideDataDoesNotLiftTheLimits() {
		graphql(customer(),
				"{ __schema { queryType { name } } cart { items { product { category { subCategories { name } } } } } }")
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat(message.toString()).containsIgnoringCase("depth"))
			.jsonPath("$.data")
			.doesNotExist();
		Downstreams.ORDERS.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aBadTokenIsRefusedAtTheDoor() {
		this.http.post()
			.uri("/graphql")
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ me { email } }"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void moneyIsANumberAsInRestBothWays() {
		UUID productId = UUID.randomUUID();
		UUID categoryId = UUID.randomUUID();
		Map<String, Object> stored = new java.util.HashMap<>(product(productId, "Kettle", categoryId));
		stored.put("price", new java.math.BigDecimal("19.99"));
		Downstreams.CATALOG.stubFor(post(urlEqualTo("/api/catalog/products"))
			.willReturn(okJson(JSON.writeValueAsString(stored)).withStatus(201)));

		graphql(admin(),
				"mutation { createProduct(input: {name: \"Kettle\", price: 19.99, categoryId: \"" + categoryId
						+ "\", amountInStock: 3}) { id price } }")
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.createProduct.price")
			.isEqualTo(19.99);
		Downstreams.CATALOG.verify(postRequestedFor(urlEqualTo("/api/catalog/products"))
			.withRequestBody(
					com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.price", equalTo("19.99")))
			.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("\"19.99\"")));

		graphql(admin(),
				"mutation { createProduct(input: {name: \"Kettle\", price: \"19.99\", categoryId: \"" + categoryId
						+ "\", amountInStock: 3}) { id } }")
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat(message.toString()).contains("price"));
	}

	private WebTestClient.ResponseSpec graphql(String token, String query) {
		WebTestClient.RequestBodySpec request = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, token);
		}
		return request.bodyValue(Map.of("query", query)).exchange();
	}

	private static Map<String, Object> product(UUID id, String name, UUID categoryId) {
		return Map.of("id", id, "name", name, "price", "9.99", "currency", "USD", "categoryId", categoryId,
				"amountInStock", 3, "ratingCount", 0, "images", List.of());
	}

	private static Map<String, Object> category(UUID id, String name) {
		return Map.of("id", id, "name", name, "subCategories", List.of());
	}

	private static Map<String, Object> item(UUID productId) {
		return Map.of("productId", productId, "name", "line", "unitPrice", "5.00", "quantity", 1);
	}

	private static String page(List<?> content) {
		return JSON.writeValueAsString(Map.of("content", content, "page",
				Map.of("size", content.size(), "number", 0, "totalElements", content.size(), "totalPages", 1)));
	}

}
