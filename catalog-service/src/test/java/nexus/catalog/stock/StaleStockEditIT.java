package nexus.catalog.stock;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import nexus.catalog.CatalogClient;
import nexus.catalog.CatalogIntegrationTest;
import nexus.catalog.StockFixtures;
import nexus.catalog.product.ProductView;
import nexus.events.order.OrderPlaced;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static nexus.catalog.StockFixtures.confirmed;
import static nexus.catalog.StockFixtures.line;
import static nexus.catalog.StockFixtures.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bug of issue 13, from outside: an administrator's edit of a product read before a
 * sale must not put the sold units back on sale. Stock changes only by adjustments of the
 * inventory; a product edit that still carries the stock it read is accepted only while
 * that is still the stock.
 */
class StaleStockEditIT extends CatalogIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	CatalogClient catalog;

	StockFixtures stock;

	UUID category;

	@BeforeEach
	void catalog() {
		this.catalog = new CatalogClient(this.port);
		this.stock = new StockFixtures(this.jdbc);
		this.category = this.catalog.createCategory("Stale " + UUID.randomUUID());
	}

	@Test
	void anEditReadBeforeASaleDoesNotPutTheSoldUnitsBack() {
		// 1. An administrator reads a product: 10 in stock.
		ProductView read = this.catalog.createProduct("Kettle", "30.00", this.category, 10);
		assertThat(this.catalog.product(read.id()).amountInStock()).isEqualTo(10);

		// 2. A customer buys 3, leaving 7 available.
		buy(read.id(), 3);
		assertThat(this.catalog.product(read.id()).amountInStock()).isEqualTo(7);

		// 3. The administrator renames the product with PUT, sending what was read:
		// amountInStock 10, as of the version read (a sale does not change it).
		Map<String, Object> edit = CatalogClient.product("Electric kettle", "30.00", this.category, 10);
		this.catalog.asAdmin("PUT", "/api/catalog/products/" + read.id(), edit).expectStatus().isEqualTo(428);
		this.catalog.asAdmin("PUT", "/api/catalog/products/" + read.id(), edit, read.version())
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.value((type) -> assertThat((String) type).endsWith("/stock-is-adjusted-separately"))
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("/stock-adjustments"));

		// 4. Nothing changed: 7 available, 3 sold, and the invariant holds.
		ProductView after = this.catalog.product(read.id());
		assertThat(after.name()).isEqualTo("Kettle");
		assertThat(after.amountInStock()).isEqualTo(7);
		this.stock.assertStockAddsUp(read.id(), 10);
	}

	@Test
	void anEditThatCarriesTheCurrentStockChangesTheProductOnly() {
		ProductView read = this.catalog.createProduct("Toaster", "25.00", this.category, 10);
		buy(read.id(), 3);

		Map<String, Object> edit = CatalogClient.product("Toaster, 4 slices", "25.00", this.category, 7);
		ProductView edited = this.catalog.asAdmin("PUT", "/api/catalog/products/" + read.id(), edit, read.version())
			.expectStatus()
			.isOk()
			.expectBody(ProductView.class)
			.returnResult()
			.getResponseBody();

		assertThat(edited.name()).isEqualTo("Toaster, 4 slices");
		assertThat(edited.amountInStock()).isEqualTo(7);
		this.stock.assertStockAddsUp(read.id(), 10);
	}

	@Test
	void aSaleChangesNeitherTheProductsVersionNorItsETag() {
		ProductView read = this.catalog.createProduct("Blender", "45.00", this.category, 10);
		String etag = etag(read.id());

		buy(read.id(), 3);

		ProductView after = this.catalog.product(read.id());
		assertThat(after.amountInStock()).isEqualTo(7);
		assertThat(after.version()).isEqualTo(read.version());
		assertThat(etag(read.id())).isEqualTo(etag);
	}

	private String etag(UUID productId) {
		return this.catalog.http()
			.get()
			.uri("/api/catalog/products/" + productId)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
	}

	private void buy(UUID productId, int quantity) {
		OrderPlaced order = placed(UUID.randomUUID(), UUID.randomUUID(), line(productId, quantity));
		publish(order);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.stock.status(order.orderId())).isEqualTo("RESERVED"));
		publish(confirmed(order));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.stock.status(order.orderId())).isEqualTo("SOLD"));
	}

}
