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
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
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
	void theReviewsOfAPageOfProductsCostOneCall() {
		List<UUID> ids = IntStream.range(0, 30).mapToObj((i) -> UUID.randomUUID()).toList();
		List<Map<String, Object>> products = new ArrayList<>();
		ids.forEach((id) -> products.add(product(id, "Product " + id, UUID.randomUUID())));
		Downstreams.CATALOG.stubFor(get(urlPathEqualTo("/api/catalog/products")).willReturn(okJson(page(products))));
		// catalog-service leaves out a product deleted in between: it has no reviews.
		List<Map<String, Object>> pages = ids.subList(1, ids.size())
			.stream()
			.map((id) -> Map.<String, Object>of("productId", id, "reviews",
					Map.of("content", List.of(review(id, "About " + id)), "page",
							Map.of("size", 2, "number", 0, "totalElements", 1, "totalPages", 1))))
			.toList();
		Downstreams.CATALOG.stubFor(get(urlPathEqualTo("/api/catalog/reviews"))
			.willReturn(okJson(JSON.writeValueAsString(Map.of("products", pages)))));

		graphql(null,
				"{ products(size: 30) { content { id reviews(size: 2) { content { comment } page { totalElements } } } } }")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.products.content[0].reviews.content.length()")
			.isEqualTo(0)
			.jsonPath("$.data.products.content[5].reviews.content[0].comment")
			.isEqualTo("About " + ids.get(5))
			.jsonPath("$.data.products.content[29].reviews.page.totalElements")
			.isEqualTo(1);

		Downstreams.CATALOG.verify(1,
				getRequestedFor(urlPathEqualTo("/api/catalog/reviews")).withQueryParam("size", equalTo("2"))
					.withQueryParam("page", equalTo("0"))
					.withQueryParam("productIds", matching("([0-9a-f-]{36},){29}[0-9a-f-]{36}")));
		Downstreams.CATALOG.verify(0, getRequestedFor(urlPathMatching("/api/catalog/products/[^/]+/reviews")));
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
	void theAccountsPasswordAndLoginsThroughGraphQlCallUserServiceWithTheCallersToken() {
		UUID session = UUID.randomUUID();
		Downstreams.USERS.stubFor(get(urlEqualTo("/api/users/me/sessions")).willReturn(okJson(JSON.writeValueAsString(
				List.of(Map.of("id", session, "createdAt", "2026-12-01T10:00:00Z", "lastUsedAt", "2026-12-01T11:00:00Z",
						"clientAddress", "10.0.0.7", "userAgent", "NexusPhone/1.0", "current", true))))));
		Downstreams.USERS.stubFor(post(urlEqualTo("/api/users/me/password")).willReturn(aResponse().withStatus(204)));
		Downstreams.USERS
			.stubFor(delete(urlEqualTo("/api/users/me/sessions/" + session)).willReturn(aResponse().withStatus(204)));
		Downstreams.USERS.stubFor(delete(urlEqualTo("/api/users/me/sessions")).willReturn(aResponse().withStatus(204)));
		String token = customer();

		graphql(token, "{ sessions { id clientAddress userAgent current } }").expectBody()
			.jsonPath("$.data.sessions[0].id")
			.isEqualTo(session.toString())
			.jsonPath("$.data.sessions[0].clientAddress")
			.isEqualTo("10.0.0.7")
			.jsonPath("$.data.sessions[0].current")
			.isEqualTo(true);
		graphql(token, "mutation { changePassword(currentPassword: \"old one here\", newPassword: \"new one here\") }")
			.expectBody()
			.jsonPath("$.data.changePassword")
			.isEqualTo(true);
		graphql(token, "mutation { endSession(id: \"" + session + "\") }").expectBody()
			.jsonPath("$.data.endSession")
			.isEqualTo(true);
		graphql(token, "mutation { signOutEverywhere }").expectBody()
			.jsonPath("$.data.signOutEverywhere")
			.isEqualTo(true);

		Downstreams.USERS.verify(postRequestedFor(urlEqualTo("/api/users/me/password"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo(token))
			.withRequestBody(equalToJson("{\"currentPassword\":\"old one here\",\"newPassword\":\"new one here\"}")));
		Downstreams.USERS.verify(deleteRequestedFor(urlEqualTo("/api/users/me/sessions"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo(token)));
	}

	@Test
	void aWrongCurrentPasswordThroughGraphQlIsAClassifiedRefusal() {
		Downstreams.USERS.stubFor(post(urlEqualTo("/api/users/me/password")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/problem+json")
			.withBody(
					"{\"type\":\"https://nexus.dev/problems/wrong-password\",\"status\":403,\"detail\":\"The current password is wrong\"}")));

		graphql(customer(), "mutation { changePassword(currentPassword: \"nope\", newPassword: \"new one here\") }")
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("FORBIDDEN")
			.jsonPath("$.errors[0].message")
			.isEqualTo("The current password is wrong");
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
	void thirtyAliasesOfNestedHundredItemListsAreRefusedForTheirCostBeforeAnyCallAndRestStaysUp() {
		Downstreams.CATALOG.stubFor(get(urlPathEqualTo("/api/catalog/categories")).willReturn(okJson(page(List.of()))));
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 30; i++) {
			query.append(" p")
				.append(i)
				.append(": products(size: 100) { content { reviews(size: 100) { content { id } } } }");
		}

		graphql(null, query.append(" }").toString()).expectBody()
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat(message.toString()).containsIgnoringCase("cost"))
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("QUERY_TOO_COSTLY")
			.jsonPath("$.data")
			.doesNotExist();

		Downstreams.CATALOG.verify(0, anyRequestedFor(anyUrl()));
		this.http.get().uri("/api/catalog/categories").exchange().expectStatus().isOk();
	}

	@Test
	void oneNestedListOfAHundredTimesAHundredIsAlsoTooCostly() {
		graphql(null, "{ products(size: 100) { content { reviews(size: 100) { content { id } } } } }").expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("QUERY_TOO_COSTLY");
		Downstreams.CATALOG.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void graphQlFailuresOpenGraphQlsOwnBreakerAndNotTheRestRoutes() {
		Downstreams.CATALOG.stubFor(
				get(urlPathEqualTo("/api/catalog/categories")).willReturn(aResponse().withStatus(500).withBody("{}")));

		for (int i = 0; i < 6; i++) {
			graphql(null, "{ categories { content { name } } }").expectBody()
				.jsonPath("$.errors[0].extensions.classification")
				.isEqualTo("UNAVAILABLE");
		}

		assertThat(this.breakers.circuitBreaker("graphql-catalog-service").getState())
			.isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN);
		assertThat(this.breakers.circuitBreaker("catalog-service").getState())
			.isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED);
	}

	@Test
	void aRequestMakesAtMostTheAllowedNumberOfDownstreamCalls() {
		Downstreams.CATALOG.stubFor(get(urlPathMatching("/api/catalog/products/[^/]+"))
			.willReturn(okJson(JSON.writeValueAsString(product(UUID.randomUUID(), "One", UUID.randomUUID())))));
		// Sixty products by id, each alias a call of its own: more than the 50 allowed.
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 60; i++) {
			query.append(" p").append(i).append(": product(id: \"").append(UUID.randomUUID()).append("\") { name }");
		}

		graphql(null, query.append(" }").toString()).expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("QUERY_TOO_COSTLY")
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat(message.toString()).contains("downstream calls"));

		assertThat(Downstreams.CATALOG.getAllServeEvents()).hasSizeLessThanOrEqualTo(20);
	}

	@Test
	void eachCallerHasABudgetInCostUnits() {
		String address = "10.9." + (int) (Math.random() * 255) + ".1";
		Downstreams.CATALOG.stubFor(get(urlPathEqualTo("/api/catalog/products")).willReturn(okJson(page(List.of()))));
		// 1 701 units: within the per-request limit, and the test budget (4 000) holds
		// two.
		String query = "{ products(size: 100) { content { name price currency images { url } category { name } } } }";

		for (int i = 0; i < 2; i++) {
			graphqlFrom(address, query).expectBody().jsonPath("$.errors").doesNotExist();
		}
		graphqlFrom(address, query).expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("RATE_LIMITED");
		graphqlFrom("10.9.0." + (1 + (int) (Math.random() * 250)), query).expectBody()
			.jsonPath("$.errors")
			.doesNotExist();
	}

	private WebTestClient.ResponseSpec graphqlFrom(String address, String query) {
		return this.http.post()
			.uri("/graphql")
			.header("X-Forwarded-For", address)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange();
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
	void productUpdatesSendTheVersionReadAsIfMatchAndStockChangesByAdjustments() {
		UUID productId = UUID.randomUUID();
		UUID categoryId = UUID.randomUUID();
		Downstreams.CATALOG.stubFor(
				com.github.tomakehurst.wiremock.client.WireMock.put(urlEqualTo("/api/catalog/products/" + productId))
					.willReturn(okJson(JSON.writeValueAsString(product(productId, "Kettle II", categoryId)))));
		Downstreams.CATALOG.stubFor(post(urlEqualTo("/api/catalog/products/" + productId + "/stock-adjustments"))
			.willReturn(okJson(JSON.writeValueAsString(Map.of("productId", productId, "available", 15, "reserved", 2,
					"adjustment", Map.of("delta", 12, "reason", "Delivery"))))
				.withStatus(201)));

		graphql(admin(),
				"mutation { updateProduct(id: \"" + productId + "\", version: 3, input: {name: \"Kettle II\", "
						+ "price: 19.99, categoryId: \"" + categoryId + "\"}) { name } }")
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.updateProduct.name")
			.isEqualTo("Kettle II");
		graphql(admin(),
				"mutation { adjustStock(productId: \"" + productId
						+ "\", delta: 12, reason: \"Delivery\") { available reserved } }")
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.adjustStock.available")
			.isEqualTo(15);

		Downstreams.CATALOG.verify(com.github.tomakehurst.wiremock.client.WireMock
			.putRequestedFor(urlEqualTo("/api/catalog/products/" + productId))
			.withHeader(HttpHeaders.IF_MATCH, equalTo("\"3\""))
			.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("amountInStock")));
		Downstreams.CATALOG
			.verify(postRequestedFor(urlEqualTo("/api/catalog/products/" + productId + "/stock-adjustments"))
				.withRequestBody(equalToJson("{\"delta\": 12, \"reason\": \"Delivery\"}")));
	}

	@Test
	void categoryRenamesSendTheVersionReadAsIfMatch() {
		UUID categoryId = UUID.randomUUID();
		UUID subCategoryId = UUID.randomUUID();
		Downstreams.CATALOG.stubFor(
				com.github.tomakehurst.wiremock.client.WireMock.put(urlEqualTo("/api/catalog/categories/" + categoryId))
					.willReturn(okJson(JSON.writeValueAsString(
							Map.of("id", categoryId, "name", "Yard", "subCategories", List.of(), "version", 5)))));
		Downstreams.CATALOG.stubFor(com.github.tomakehurst.wiremock.client.WireMock
			.put(urlEqualTo("/api/catalog/categories/" + categoryId + "/sub-categories/" + subCategoryId))
			.willReturn(okJson(JSON.writeValueAsString(
					Map.of("id", subCategoryId, "categoryId", categoryId, "name", "Pipes", "version", 2)))));

		graphql(admin(),
				"mutation { updateCategory(id: \"" + categoryId + "\", name: \"Yard\", version: 4) { version } "
						+ "updateSubCategory(categoryId: \"" + categoryId + "\", id: \"" + subCategoryId
						+ "\", name: \"Pipes\", version: 1) { version } }")
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.updateCategory.version")
			.isEqualTo(5)
			.jsonPath("$.data.updateSubCategory.version")
			.isEqualTo(2);

		Downstreams.CATALOG.verify(com.github.tomakehurst.wiremock.client.WireMock
			.putRequestedFor(urlEqualTo("/api/catalog/categories/" + categoryId))
			.withHeader(HttpHeaders.IF_MATCH, equalTo("\"4\"")));
		Downstreams.CATALOG.verify(com.github.tomakehurst.wiremock.client.WireMock
			.putRequestedFor(urlEqualTo("/api/catalog/categories/" + categoryId + "/sub-categories/" + subCategoryId))
			.withHeader(HttpHeaders.IF_MATCH, equalTo("\"1\"")));
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

	private static Map<String, Object> review(UUID productId, String comment) {
		return Map.of("id", UUID.randomUUID(), "productId", productId, "authorId", UUID.randomUUID(), "authorName",
				"Ada L.", "stars", 4, "comment", comment, "verifiedPurchase", false);
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
