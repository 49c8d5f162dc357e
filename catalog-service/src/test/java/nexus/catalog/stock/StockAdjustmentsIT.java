package nexus.catalog.stock;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nexus.catalog.CatalogClient;
import nexus.catalog.CatalogIntegrationTest;
import nexus.catalog.StockFixtures;
import nexus.catalog.product.ProductView;
import nexus.platform.web.PageResponse;
import nexus.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators change stock by deltas through the inventory's endpoints; each is a line
 * of the product's stock ledger, and none changes the product.
 */
class StockAdjustmentsIT extends CatalogIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	CatalogClient catalog;

	StockFixtures stock;

	UUID category;

	@BeforeEach
	void catalog() {
		this.catalog = new CatalogClient(this.port);
		this.stock = new StockFixtures(this.jdbc);
		this.category = this.catalog.createCategory("Adjustments " + UUID.randomUUID());
	}

	@Test
	void restocksAndWriteOffsMoveAvailableStockAndAreReadableAsTheLedger() {
		ProductView product = this.catalog.createProduct("Mug", "8.00", this.category, 10);

		Map<?, ?> restocked = adjust(product.id(), 5, "Delivery from the supplier").expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		Map<?, ?> writtenOff = adjust(product.id(), -3, "Broken in the warehouse").expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		assertThat(restocked.get("available")).isEqualTo(15);
		assertThat(writtenOff.get("available")).isEqualTo(12);
		assertThat(((Map<?, ?>) writtenOff.get("adjustment")).get("delta")).isEqualTo(-3);
		assertThat(((Map<?, ?>) writtenOff.get("adjustment")).get("reason")).isEqualTo("Broken in the warehouse");
		ProductView after = this.catalog.product(product.id());
		assertThat(after.amountInStock()).isEqualTo(12);
		assertThat(after.version()).as("stock is not the product's").isEqualTo(product.version());

		List<StockAdjustmentView> lines = this.catalog
			.asAdmin("GET", "/api/catalog/products/" + product.id() + "/stock-adjustments", null)
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<PageResponse<StockAdjustmentView>>() {
			})
			.returnResult()
			.getResponseBody()
			.content();
		assertThat(lines).extracting(StockAdjustmentView::delta).containsExactly(-3, 5, 10);
		assertThat(lines).extracting(StockAdjustmentView::reason)
			.containsExactly("Broken in the warehouse", "Delivery from the supplier", "Initial stock");
		assertThat(lines).extracting(StockAdjustmentView::availableAfter).containsExactly(12, 15, 10);
		assertThat(lines).allSatisfy((line) -> assertThat(line.actorId()).isNotNull());
		this.stock.assertStockAddsUp(product.id(), 10 + 5 - 3);
	}

	@Test
	void aWriteOffOfMoreThanIsAvailableIsRefusedAndChangesNothing() {
		ProductView product = this.catalog.createProduct("Plate", "6.00", this.category, 4);

		adjust(product.id(), -5, "Lost").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.value((type) -> assertThat((String) type).endsWith("/write-off-exceeds-available"))
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("4 units available"));

		assertThat(this.catalog.product(product.id()).amountInStock()).isEqualTo(4);
		this.stock.assertStockAddsUp(product.id(), 4);
	}

	@Test
	void badAdjustmentsAreRefusedWithProblemDetails() {
		ProductView product = this.catalog.createProduct("Bowl", "7.00", this.category, 4);
		String path = "/api/catalog/products/" + product.id() + "/stock-adjustments";

		adjust(product.id(), 0, "Nothing").expectStatus().isBadRequest();
		this.catalog.asAdmin("POST", path, Map.of("delta", 2)).expectStatus().isBadRequest();
		this.catalog.asAdmin("POST", path, Map.of("delta", 2_000_000, "reason", "Too many"))
			.expectStatus()
			.isBadRequest();
		adjust(UUID.randomUUID(), 1, "Unknown").expectStatus().isNotFound();
		this.catalog.as(TestTokens.customer(UUID.randomUUID()), "POST", path, Map.of("delta", 1, "reason", "Mine"))
			.expectStatus()
			.isForbidden();
		this.catalog.as(TestTokens.customer(UUID.randomUUID()), "GET", path, null).expectStatus().isForbidden();

		assertThat(this.catalog.product(product.id()).amountInStock()).isEqualTo(4);
		this.stock.assertStockAddsUp(product.id(), 4);
	}

	private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec adjust(UUID productId, int delta,
			String reason) {
		return this.catalog.asAdmin("POST", "/api/catalog/products/" + productId + "/stock-adjustments",
				Map.of("delta", delta, "reason", reason));
	}

}
