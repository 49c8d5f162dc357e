package nexus.catalog.product;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nexus.catalog.CatalogClient;
import nexus.catalog.CatalogIntegrationTest;
import nexus.events.NexusEvent;
import nexus.events.Topics;
import nexus.events.catalog.ProductCreated;
import nexus.events.catalog.ProductDeleted;
import nexus.events.catalog.ProductUpdated;
import nexus.testsupport.KafkaTestConsumer;
import nexus.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators' product changes over HTTP: the rules, the events they publish, and who
 * may make them.
 */
class ProductApiIT extends CatalogIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	CatalogClient catalog;

	UUID category;

	@BeforeEach
	void catalog() {
		this.catalog = new CatalogClient(this.port);
		this.category = this.catalog.createCategory("Products " + UUID.randomUUID());
	}

	@Test
	void administratorCreatesChangesAndDeletesAProductAndEveryChangeIsPublished() {
		UUID shoes = this.catalog.createSubCategory(this.category, "Shoes");
		Map<String, Object> body = CatalogClient.product("Trail shoe", "89.90", this.category, 12);
		body.put("subCategoryId", shoes);

		ProductView created = this.catalog.createProduct(body);
		assertThat(created.name()).isEqualTo("Trail shoe");
		assertThat(created.price()).isEqualByComparingTo("89.90");
		assertThat(created.currency()).isEqualTo("USD");
		assertThat(created.subCategoryId()).isEqualTo(shoes);
		assertThat(created.amountInStock()).isEqualTo(12);
		assertThat(created.ratingCount()).isZero();
		assertThat(created.images()).isEmpty();
		assertThat(this.catalog.product(created.id())).isEqualTo(created);

		body.put("name", "Trail shoe II");
		ProductView replaced = this.catalog
			.asAdmin("PUT", "/api/catalog/products/" + created.id(), body, created.version())
			.expectStatus()
			.isOk()
			.expectBody(ProductView.class)
			.returnResult()
			.getResponseBody();
		assertThat(replaced.name()).isEqualTo("Trail shoe II");
		assertThat(replaced.version()).isEqualTo(created.version() + 1);

		ProductView patched = this.catalog
			.asAdmin("PATCH", "/api/catalog/products/" + created.id(), Map.of("price", new BigDecimal("79.50")),
					replaced.version())
			.expectStatus()
			.isOk()
			.expectBody(ProductView.class)
			.returnResult()
			.getResponseBody();
		assertThat(patched.price()).isEqualByComparingTo("79.50");
		assertThat(patched.name()).isEqualTo("Trail shoe II");
		assertThat(patched.subCategoryId()).isEqualTo(shoes);

		this.catalog.asAdmin("DELETE", "/api/catalog/products/" + created.id(), null).expectStatus().isNoContent();
		this.catalog.http().get().uri("/api/catalog/products/" + created.id()).exchange().expectStatus().isNotFound();
		assertThat(this.catalog.products("ids=" + created.id()).content()).isEmpty();
		this.catalog
			.asAdmin("PATCH", "/api/catalog/products/" + created.id(), Map.of("name", "Back"), patched.version())
			.expectStatus()
			.isNotFound();

		try (KafkaTestConsumer products = KafkaTestConsumer.subscribe(this.kafka, Topics.PRODUCTS)) {
			List<NexusEvent> events = products
				.awaitRecords((record) -> created.id().toString().equals(record.key()), 4, Duration.ofSeconds(30))
				.stream()
				.map(ProductApiIT::decode)
				.toList();
			assertThat(events.get(0)).isInstanceOfSatisfying(ProductCreated.class, (event) -> {
				assertThat(event.name()).isEqualTo("Trail shoe");
				assertThat(event.price()).isEqualByComparingTo("89.90");
				assertThat(event.available()).isTrue();
			});
			assertThat(events.get(1)).isInstanceOfSatisfying(ProductUpdated.class, (event) -> {
				assertThat(event.name()).isEqualTo("Trail shoe II");
				assertThat(event.version()).isEqualTo(replaced.version());
			});
			assertThat(events.get(2)).isInstanceOfSatisfying(ProductUpdated.class, (event) -> {
				assertThat(event.price()).isEqualByComparingTo("79.50");
				assertThat(event.version()).isEqualTo(patched.version());
			});
			assertThat(events.get(3)).isInstanceOfSatisfying(ProductDeleted.class,
					(event) -> assertThat(event.available()).isFalse());
		}
		assertThat(this.jdbc.sql("SELECT deleted_at IS NOT NULL FROM product WHERE id = :id")
			.param("id", created.id())
			.query(Boolean.class)
			.single()).as("the row stays, for order history").isTrue();
	}

	@Test
	void aChangeNeedsTheETagReadAndAStaleOneAnswers412AndChangesNothing() {
		ProductView product = this.catalog.createProduct("Lamp", "20.00", this.category, 3);
		this.catalog
			.asAdmin("PATCH", "/api/catalog/products/" + product.id(), Map.of("name", "Desk lamp"), product.version())
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"" + (product.version() + 1) + "\"");

		this.catalog
			.asAdmin("PATCH", "/api/catalog/products/" + product.id(), Map.of("price", new BigDecimal("5.00")),
					product.version())
			.expectStatus()
			.isEqualTo(412)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/stale-version");
		this.catalog
			.asAdmin("PUT", "/api/catalog/products/" + product.id(),
					CatalogClient.product("Lamp", "5.00", this.category, 3), product.version())
			.expectStatus()
			.isEqualTo(412);
		this.catalog.asAdmin("PATCH", "/api/catalog/products/" + product.id(), Map.of("price", new BigDecimal("5.00")))
			.expectStatus()
			.isEqualTo(428)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/precondition-required");
		this.catalog
			.asAdmin("PUT", "/api/catalog/products/" + product.id(),
					CatalogClient.product("Lamp", "5.00", this.category, 3))
			.expectStatus()
			.isEqualTo(428);

		ProductView now = this.catalog.product(product.id());
		assertThat(now.name()).isEqualTo("Desk lamp");
		assertThat(now.price()).isEqualByComparingTo("20.00");
	}

	@Test
	void aProductReadIsConditionalOnItsVersion() {
		ProductView product = this.catalog.createProduct("Mug", "8.00", this.category, 30);

		String etag = this.catalog.http()
			.get()
			.uri("/api/catalog/products/" + product.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"" + product.version() + "\"")
			.returnResult()
			.getResponseHeaders()
			.getETag();
		this.catalog.http()
			.get()
			.uri("/api/catalog/products/" + product.id())
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified();
		this.catalog
			.asAdmin("PATCH", "/api/catalog/products/" + product.id(), Map.of("name", "Renamed"), product.version())
			.expectStatus()
			.isOk();
		this.catalog.http()
			.get()
			.uri("/api/catalog/products/" + product.id())
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void badInputIsRefusedWithProblemDetailsAndChangesNothing() {
		UUID otherCategory = this.catalog.createCategory("Other " + UUID.randomUUID());
		UUID foreignSub = this.catalog.createSubCategory(otherCategory, "Foreign");
		ProductView product = this.catalog.createProduct("Kettle", "30.00", this.category, 4);
		long before = products();

		refused(with("price", new BigDecimal("-1.00")), 400, "price");
		refused(with("price", new BigDecimal("1.005")), 400, "price");
		refused(with("price", BigDecimal.ZERO), 400, "price");
		refused(with("amountInStock", -1), 400, "amountInStock");
		refused(with("name", " "), 400, "name");
		refused(with("name", "x".repeat(201)), 400, "name");
		refused(with("currency", "usd"), 400, "currency");
		refused(with("currency", "ZZZ"), 400, "currency");
		refused(with("currency", "XXX"), 400, "currency");
		refused(with("name", 12345), 400, "name");
		refused(with("name", true), 400, "name");
		refused(with("name", "Ket\u0000tle"), 400, "name");
		refused(with("amountInStock", 1.5), 400, "amountInStock");
		refused(with("price", "19.99"), 400, "price");
		this.catalog.asAdmin("PATCH", "/api/catalog/products/" + product.id(), Map.of("currency", "ZZZ"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("currency");
		this.catalog.asAdmin("PATCH", "/api/catalog/products/" + product.id(), Map.of("name", 12345))
			.expectStatus()
			.isBadRequest();
		refused(with("categoryId", UUID.randomUUID()), 422, "categoryId");
		refused(with("subCategoryId", foreignSub), 422, "subCategoryId");
		this.catalog.asAdmin("PATCH", "/api/catalog/products/" + product.id(), Map.of("price", "12.345"))
			.expectStatus()
			.isBadRequest();
		this.catalog.asAdmin("POST", "/api/catalog/products", "{\"name\":").expectStatus().isBadRequest();

		this.catalog.http()
			.get()
			.uri("/api/catalog/products?size=10000")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
		this.catalog.http()
			.get()
			.uri("/api/catalog/products?sort=color,asc")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("sort");
		this.catalog.http().get().uri("/api/catalog/products?minPrice=cheap").exchange().expectStatus().isBadRequest();
		this.catalog.http()
			.get()
			.uri("/api/catalog/products?minPrice=10&maxPrice=5")
			.exchange()
			.expectStatus()
			.isBadRequest();
		for (String query : List.of("minPrice=1e400", "maxPrice=1e400", "minPrice=100000000")) {
			this.catalog.http()
				.get()
				.uri("/api/catalog/products?" + query)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(query.substring(0, query.indexOf('=')));
		}
		this.catalog.http()
			.get()
			.uri(java.net.URI.create("http://localhost:" + this.port + "/api/catalog/products?q=cup%00"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("q");
		this.catalog.http().get().uri("/api/catalog/products?sort=,").exchange().expectStatus().isBadRequest();

		assertThat(products()).isEqualTo(before);
		assertThat(this.catalog.product(product.id()).price()).isEqualByComparingTo("30.00");
	}

	@Test
	void customersAndAnonymousCallersCannotChangeTheCatalog() {
		ProductView product = this.catalog.createProduct("Chair", "45.00", this.category, 2);
		String customer = TestTokens.customer(UUID.randomUUID());
		Map<String, Object> body = CatalogClient.product("Stolen", "1.00", this.category, 1);

		for (String token : new String[] { customer, null }) {
			int status = (token != null) ? 403 : 401;
			this.catalog.as(token, "POST", "/api/catalog/products", body).expectStatus().isEqualTo(status);
			this.catalog.as(token, "PUT", "/api/catalog/products/" + product.id(), body)
				.expectStatus()
				.isEqualTo(status);
			this.catalog.as(token, "PATCH", "/api/catalog/products/" + product.id(), Map.of("price", 1))
				.expectStatus()
				.isEqualTo(status);
			this.catalog.as(token, "DELETE", "/api/catalog/products/" + product.id(), null)
				.expectStatus()
				.isEqualTo(status);
			this.catalog.as(token, "POST", "/api/catalog/categories", Map.of("name", "Mine"))
				.expectStatus()
				.isEqualTo(status);
			this.catalog.as(token, "DELETE", "/api/catalog/categories/" + this.category, null)
				.expectStatus()
				.isEqualTo(status);
			this.catalog
				.as(token, "POST", "/api/catalog/categories/" + this.category + "/sub-categories",
						Map.of("name", "Mine"))
				.expectStatus()
				.isEqualTo(status);
		}

		ProductView unchanged = this.catalog.product(product.id());
		assertThat(unchanged.name()).isEqualTo("Chair");
		assertThat(unchanged.version()).isEqualTo(product.version());
		this.catalog.http().get().uri("/api/catalog/categories/" + this.category).exchange().expectStatus().isOk();
	}

	private Map<String, Object> with(String field, Object value) {
		Map<String, Object> body = CatalogClient.product("Valid name", "10.00", this.category, 1);
		body.put(field, value);
		return body;
	}

	private void refused(Map<String, Object> body, int status, String field) {
		this.catalog.asAdmin("POST", "/api/catalog/products", body)
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[?(@.field == '%s')]".formatted(field))
			.exists();
	}

	private long products() {
		return this.jdbc.sql("SELECT count(*) FROM product").query(Long.class).single();
	}

}
