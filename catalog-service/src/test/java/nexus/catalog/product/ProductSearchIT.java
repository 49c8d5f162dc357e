package nexus.catalog.product;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nexus.catalog.CatalogClient;
import nexus.catalog.CatalogIntegrationTest;
import nexus.platform.web.PageResponse;
import nexus.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every filter and sort of the product list, and its pages, over HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductSearchIT extends CatalogIntegrationTest {

	CatalogClient catalog;

	UUID kitchen;

	UUID garden;

	UUID knives;

	Map<String, UUID> ids;

	@BeforeAll
	void catalogue() {
		this.catalog = new CatalogClient(this.port);
		this.kitchen = this.catalog.createCategory("Kitchen");
		this.garden = this.catalog.createCategory("Garden");
		this.knives = this.catalog.createSubCategory(this.kitchen, "Knives");
		this.ids = new java.util.LinkedHashMap<>();
		// Created in this order, so newest first is the reverse.
		add("Chef knife", "59.00", this.kitchen, this.knives, 12);
		add("Bread knife", "35.50", this.kitchen, this.knives, 4);
		add("Cast iron pan", "79.99", this.kitchen, null, 0);
		add("Garden hose", "25.00", this.garden, null, 5);
		add("Rake", "19.90", this.garden, null, 40);
		add("100% cotton apron", "15.00", this.kitchen, null, 7);
		ProductView deleted = this.catalog.createProduct("Knife sharpener", "12.00", this.kitchen, 9);
		this.catalog.asAdmin("DELETE", "/api/catalog/products/" + deleted.id(), null).expectStatus().isNoContent();
		review("Rake", 5);
		review("Bread knife", 3);
		review("Garden hose", 4);
	}

	@Test
	void listsEveryLiveProductNewestFirstByDefault() {
		PageResponse<ProductView> page = this.catalog.products("");

		assertThat(names(page)).containsExactly("100% cotton apron", "Rake", "Garden hose", "Cast iron pan",
				"Bread knife", "Chef knife");
		assertThat(page.page().totalElements()).isEqualTo(6);
	}

	@Test
	void searchesNamesByAnyPartInAnyCaseAndTakesWildcardsLiterally() {
		assertThat(names(this.catalog.products("q=KNIFE"))).containsExactlyInAnyOrder("Chef knife", "Bread knife");
		assertThat(names(this.catalog.products("q=iron p"))).containsExactly("Cast iron pan");
		assertThat(names(this.catalog.products("q=100%"))).containsExactly("100% cotton apron");
		assertThat(names(this.catalog.products("q=%"))).containsExactly("100% cotton apron");
		assertThat(names(this.catalog.products("q=_"))).isEmpty();
	}

	@Test
	void filtersByCategoryAndSubCategory() {
		assertThat(names(this.catalog.products("categoryId=" + this.garden))).containsExactlyInAnyOrder("Garden hose",
				"Rake");
		assertThat(names(this.catalog.products("subCategoryId=" + this.knives))).containsExactlyInAnyOrder("Chef knife",
				"Bread knife");
		assertThat(names(this.catalog.products("categoryId=" + UUID.randomUUID()))).isEmpty();
	}

	@Test
	void filtersByPriceRange() {
		assertThat(names(this.catalog.products("minPrice=25&maxPrice=59"))).containsExactlyInAnyOrder("Chef knife",
				"Bread knife", "Garden hose");
		assertThat(names(this.catalog.products("minPrice=60"))).containsExactly("Cast iron pan");
		assertThat(names(this.catalog.products("maxPrice=19.90"))).containsExactlyInAnyOrder("Rake",
				"100% cotton apron");
	}

	@Test
	void filtersByStockRangeInStockAndLowStock() {
		assertThat(names(this.catalog.products("minStock=7&maxStock=12"))).containsExactlyInAnyOrder("Chef knife",
				"100% cotton apron");
		assertThat(names(this.catalog.products("inStock=false"))).containsExactly("Cast iron pan");
		assertThat(names(this.catalog.products("inStock=true"))).hasSize(5).doesNotContain("Cast iron pan");
		assertThat(names(this.catalog.products("lowStock=true"))).containsExactlyInAnyOrder("Bread knife",
				"Cast iron pan", "Garden hose");
		assertThat(names(this.catalog.products("lowStock=true&inStock=true"))).containsExactlyInAnyOrder("Bread knife",
				"Garden hose");
		assertThat(names(this.catalog.products("lowStock=false"))).containsExactlyInAnyOrder("Chef knife", "Rake",
				"100% cotton apron");
	}

	@Test
	void loadsManyProductsByIdInOneCall() {
		String wanted = this.ids.get("Rake") + "," + this.ids.get("Chef knife") + "," + UUID.randomUUID();

		assertThat(names(this.catalog.products("size=100&ids=" + wanted))).containsExactlyInAnyOrder("Rake",
				"Chef knife");
		String tooMany = IntStream.range(0, 101)
			.mapToObj((i) -> UUID.randomUUID().toString())
			.collect(Collectors.joining(","));
		this.catalog.http()
			.get()
			.uri("/api/catalog/products?ids=" + tooMany)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("ids");
		this.catalog.http().get().uri("/api/catalog/products?ids=not-an-id").exchange().expectStatus().isBadRequest();
	}

	@Test
	void sortsByPriceNameNewestAndRating() {
		assertThat(names(this.catalog.products("sort=price"))).containsExactly("100% cotton apron", "Rake",
				"Garden hose", "Bread knife", "Chef knife", "Cast iron pan");
		assertThat(names(this.catalog.products("sort=price,desc")).get(0)).isEqualTo("Cast iron pan");
		assertThat(names(this.catalog.products("sort=name,asc"))).containsExactly("100% cotton apron", "Bread knife",
				"Cast iron pan", "Chef knife", "Garden hose", "Rake");
		assertThat(names(this.catalog.products("sort=createdAt,asc")).get(0)).isEqualTo("Chef knife");
		assertThat(names(this.catalog.products("sort=rating,desc")).subList(0, 3)).containsExactly("Rake",
				"Garden hose", "Bread knife");
		ProductView rake = this.catalog.product(this.ids.get("Rake"));
		assertThat(rake.ratingAverage()).isEqualByComparingTo("5.00");
		assertThat(rake.ratingCount()).isEqualTo(1);
	}

	@Test
	void pagesDoNotOverlapAndSayHowManyThereAre() {
		PageResponse<ProductView> first = this.catalog.products("size=4&sort=name");
		PageResponse<ProductView> second = this.catalog.products("size=4&page=1&sort=name");
		PageResponse<ProductView> beyond = this.catalog.products("size=4&page=2&sort=name");

		assertThat(names(first)).hasSize(4);
		assertThat(names(second)).containsExactly("Garden hose", "Rake");
		assertThat(beyond.content()).isEmpty();
		assertThat(first.page().totalElements()).isEqualTo(6);
		assertThat(first.page().totalPages()).isEqualTo(2);
		assertThat(second.page().number()).isEqualTo(1);
		assertThat(beyond.page().totalElements()).isEqualTo(6);
	}

	@Test
	void combinesFilters() {
		assertThat(names(this.catalog.products("categoryId=" + this.kitchen + "&q=knife&maxPrice=40&inStock=true")))
			.containsExactly("Bread knife");
	}

	private void add(String name, String price, UUID category, UUID subCategory, int stock) {
		Map<String, Object> body = CatalogClient.product(name, price, category, stock);
		body.put("subCategoryId", subCategory);
		this.ids.put(name, this.catalog.createProduct(body).id());
	}

	private void review(String product, int stars) {
		this.catalog
			.as(TestTokens.customer(UUID.randomUUID()), "POST",
					"/api/catalog/products/" + this.ids.get(product) + "/reviews",
					Map.of("stars", stars, "comment", "Rated " + stars))
			.expectStatus()
			.isCreated();
	}

	private static List<String> names(PageResponse<ProductView> page) {
		return page.content().stream().map(ProductView::name).toList();
	}

}
