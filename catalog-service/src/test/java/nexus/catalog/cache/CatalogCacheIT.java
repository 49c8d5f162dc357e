package nexus.catalog.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import nexus.catalog.CatalogClient;
import nexus.catalog.CatalogIntegrationTest;
import nexus.catalog.StockFixtures;
import nexus.catalog.product.ProductView;
import nexus.events.catalog.ProductUpdated;
import nexus.events.order.OrderPlaced;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read cache: hits and misses are counted, this instance's changes evict at once, and
 * another instance's changes evict through the catalogue's own events.
 */
class CatalogCacheIT extends CatalogIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	CatalogClient catalog;

	UUID category;

	@BeforeEach
	void catalog() {
		this.catalog = new CatalogClient(this.port);
		this.category = this.catalog.createCategory("Cached " + UUID.randomUUID());
	}

	@Test
	void countsHitsAndMissesOfProductReads() {
		ProductView product = this.catalog.createProduct("Cached lamp", "15.00", this.category, 5);
		double hits = requests("products", "hit");
		double misses = requests("products", "miss");

		this.catalog.product(product.id());
		this.catalog.product(product.id());
		this.catalog.product(product.id());

		assertThat(requests("products", "miss")).isEqualTo(misses + 1);
		assertThat(requests("products", "hit")).isEqualTo(hits + 2);
		this.catalog.http()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((metrics) -> assertThat(metrics).contains(
					"nexus_catalog_cache_requests_total{application=\"catalog-service\",cache=\"products\",result=\"hit\"}"));
	}

	@Test
	void aChangeOnThisInstanceIsVisibleAtOnce() {
		ProductView product = this.catalog.createProduct("Cached chair", "60.00", this.category, 5);
		assertThat(this.catalog.products("q=Cached chair").content()).extracting(ProductView::name)
			.containsExactly("Cached chair");
		this.catalog.product(product.id());

		this.catalog
			.asAdmin("PATCH", "/api/catalog/products/" + product.id(), Map.of("name", "Cached stool"),
					product.version())
			.expectStatus()
			.isOk();

		assertThat(this.catalog.product(product.id()).name()).isEqualTo("Cached stool");
		assertThat(this.catalog.products("q=Cached chair").content()).isEmpty();
		UUID renamed = this.catalog.createCategory("Before " + UUID.randomUUID());
		this.catalog.http().get().uri("/api/catalog/categories/" + renamed).exchange().expectStatus().isOk();
		this.catalog.asAdmin("PUT", "/api/catalog/categories/" + renamed, Map.of("name", "After " + renamed), 0)
			.expectStatus()
			.isOk();
		this.catalog.http()
			.get()
			.uri("/api/catalog/categories/" + renamed)
			.exchange()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("After " + renamed);
	}

	@Test
	void aProductChangedByAnotherInstanceIsEvictedByItsEvent() {
		ProductView product = this.catalog.createProduct("Cached desk", "200.00", this.category, 5);
		assertThat(this.catalog.product(product.id()).name()).isEqualTo("Cached desk");
		assertThat(this.catalog.products("q=Cached desk").content()).hasSize(1);

		// Another instance renames it: the database changes, this instance's cache does
		// not.
		long version = this.jdbc
			.sql("UPDATE product SET name = 'Standing desk', version = version + 1 WHERE id = :id RETURNING version")
			.param("id", product.id())
			.query(Long.class)
			.single();
		assertThat(this.catalog.product(product.id()).name()).as("still cached").isEqualTo("Cached desk");
		publish(new ProductUpdated(product.id(), "Standing desk", product.price(), "USD", this.category, null, true,
				version, Instant.now()));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.catalog.product(product.id()).name()).isEqualTo("Standing desk"));
		assertThat(this.catalog.products("q=Cached desk").content()).isEmpty();
	}

	@Test
	void aSaleEvictsNothingYetACachedProductShowsTheCurrentStock() {
		ProductView product = this.catalog.createProduct("Cached rug", "90.00", this.category, 5);
		assertThat(this.catalog.product(product.id()).amountInStock()).isEqualTo(5);
		assertThat(this.catalog.products("q=Cached rug").content()).singleElement()
			.satisfies((listed) -> assertThat(listed.amountInStock()).isEqualTo(5));
		// Behind the cache's back: an eviction would show this name.
		this.jdbc.sql("UPDATE product SET name = 'Evicted rug' WHERE id = :id").param("id", product.id()).update();

		OrderPlaced order = StockFixtures.placed(UUID.randomUUID(), UUID.randomUUID(),
				StockFixtures.line(product.id(), 2));
		publish(order);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.catalog.product(product.id()).amountInStock()).isEqualTo(3));
		assertThat(this.catalog.product(product.id()).name()).as("still cached").isEqualTo("Cached rug");
		assertThat(this.catalog.products("q=Cached rug").content()).as("the page is still cached, stock current")
			.singleElement()
			.satisfies((listed) -> assertThat(listed.amountInStock()).isEqualTo(3));
	}

	private double requests(String cache, String result) {
		var counter = this.meters.find("nexus.catalog.cache.requests").tags("cache", cache, "result", result).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
