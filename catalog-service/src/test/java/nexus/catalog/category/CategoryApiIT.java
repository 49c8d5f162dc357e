package nexus.catalog.category;

import java.util.Map;
import java.util.UUID;

import nexus.catalog.CatalogClient;
import nexus.catalog.CatalogIntegrationTest;
import nexus.catalog.product.ProductView;
import nexus.platform.web.PageResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Categories and sub-categories over HTTP: names unique within their parent, deletion
 * refused while products use them, public and searchable reads.
 */
class CategoryApiIT extends CatalogIntegrationTest {

	private static final ParameterizedTypeReference<PageResponse<CategoryView>> PAGE = new ParameterizedTypeReference<>() {
	};

	CatalogClient catalog;

	@BeforeEach
	void catalog() {
		this.catalog = new CatalogClient(this.port);
	}

	@Test
	void administratorCreatesRenamesAndDeletesCategoriesAndSubCategories() {
		UUID outdoor = this.catalog.createCategory("Outdoor " + suffix());
		UUID tents = this.catalog.createSubCategory(outdoor, "Tents");
		this.catalog.createSubCategory(outdoor, "Boots");

		CategoryView renamed = this.catalog
			.asAdmin("PUT", "/api/catalog/categories/" + outdoor, Map.of("name", "  Camping  "), 0)
			.expectStatus()
			.isOk()
			.expectBody(CategoryView.class)
			.returnResult()
			.getResponseBody();
		assertThat(renamed.name()).isEqualTo("Camping");
		assertThat(renamed.subCategories()).extracting(SubCategoryView::name).containsExactly("Boots", "Tents");
		this.catalog
			.asAdmin("PUT", "/api/catalog/categories/" + outdoor + "/sub-categories/" + tents,
					Map.of("name", "Shelters"), 0)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Shelters");
		CategoryView read = this.catalog.http()
			.get()
			.uri("/api/catalog/categories/" + outdoor)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(CategoryView.class)
			.returnResult()
			.getResponseBody();
		assertThat(read.subCategories()).extracting(SubCategoryView::name).containsExactly("Boots", "Shelters");

		this.catalog.asAdmin("DELETE", "/api/catalog/categories/" + outdoor + "/sub-categories/" + tents, null)
			.expectStatus()
			.isNoContent();
		this.catalog.asAdmin("DELETE", "/api/catalog/categories/" + outdoor, null).expectStatus().isNoContent();
		this.catalog.http().get().uri("/api/catalog/categories/" + outdoor).exchange().expectStatus().isNotFound();
	}

	@Test
	void aRenameNeedsTheVersionReadAndIsRefusedWhenSomeoneRenamedFirst() {
		UUID garden = this.catalog.createCategory("Garden " + suffix());
		UUID hoses = this.catalog.createSubCategory(garden, "Hoses");
		String category = "/api/catalog/categories/" + garden;
		String subCategory = category + "/sub-categories/" + hoses;
		this.catalog.http()
			.get()
			.uri(category)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"0\"")
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(0)
			.jsonPath("$.subCategories[0].version")
			.isEqualTo(0);

		this.catalog.asAdmin("PUT", category, Map.of("name", "Yard")).expectStatus().isEqualTo(428);
		this.catalog.asAdmin("PUT", subCategory, Map.of("name", "Pipes")).expectStatus().isEqualTo(428);
		this.catalog.asAdmin("PUT", category, Map.of("name", "Yard"), 0)
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"1\"");
		this.catalog.asAdmin("PUT", category, Map.of("name", "Backyard"), 0)
			.expectStatus()
			.isEqualTo(412)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/stale-version");
		this.catalog.asAdmin("PUT", subCategory, Map.of("name", "Pipes"), 0)
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"1\"");
		this.catalog.asAdmin("PUT", subCategory, Map.of("name", "Tubes"), 0).expectStatus().isEqualTo(412);

		CategoryView read = this.catalog.http()
			.get()
			.uri(category)
			.exchange()
			.expectBody(CategoryView.class)
			.returnResult()
			.getResponseBody();
		assertThat(read.name()).isEqualTo("Yard");
		assertThat(read.subCategories()).extracting(SubCategoryView::name).containsExactly("Pipes");
	}

	@Test
	void namesAreUniqueWithinTheirParentIgnoringCase() {
		String name = "Toys " + suffix();
		UUID toys = this.catalog.createCategory(name);
		UUID games = this.catalog.createCategory("Games " + suffix());
		this.catalog.createSubCategory(toys, "Puzzles");

		this.catalog.asAdmin("POST", "/api/catalog/categories", Map.of("name", name.toUpperCase()))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/name-taken");
		this.catalog.asAdmin("PUT", "/api/catalog/categories/" + games, Map.of("name", name), 0)
			.expectStatus()
			.isEqualTo(409);
		this.catalog.asAdmin("POST", "/api/catalog/categories/" + toys + "/sub-categories", Map.of("name", "puzzles"))
			.expectStatus()
			.isEqualTo(409);
		this.catalog.createSubCategory(games, "Puzzles");
		this.catalog.asAdmin("PUT", "/api/catalog/categories/" + toys, Map.of("name", name), 0).expectStatus().isOk();
	}

	@Test
	void aCategoryOrSubCategoryWithProductsCannotBeDeletedUntilTheyAreGone() {
		UUID kitchen = this.catalog.createCategory("Kitchen " + suffix());
		UUID pans = this.catalog.createSubCategory(kitchen, "Pans");
		Map<String, Object> body = CatalogClient.product("Wok", "40.00", kitchen, 3);
		body.put("subCategoryId", pans);
		ProductView wok = this.catalog.createProduct(body);

		this.catalog.asAdmin("DELETE", "/api/catalog/categories/" + kitchen + "/sub-categories/" + pans, null)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/sub-category-in-use");
		this.catalog.asAdmin("DELETE", "/api/catalog/categories/" + kitchen, null)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/category-in-use");
		this.catalog.http().get().uri("/api/catalog/categories/" + kitchen).exchange().expectStatus().isOk();

		this.catalog.asAdmin("DELETE", "/api/catalog/products/" + wok.id(), null).expectStatus().isNoContent();
		this.catalog.asAdmin("DELETE", "/api/catalog/categories/" + kitchen, null).expectStatus().isNoContent();
	}

	@Test
	void anyoneListsAndSearchesCategoriesAndLoadsManyById() {
		String marker = suffix();
		UUID books = this.catalog.createCategory("Books " + marker);
		UUID music = this.catalog.createCategory("Music " + marker);
		this.catalog.createCategory("Film " + marker);
		this.catalog.createSubCategory(books, "Poetry");

		PageResponse<CategoryView> searched = categories("q=" + marker + "&sort=name");
		assertThat(searched.content()).extracting(CategoryView::name)
			.containsExactly("Books " + marker, "Film " + marker, "Music " + marker);
		assertThat(searched.content().get(0).subCategories()).extracting(SubCategoryView::name)
			.containsExactly("Poetry");
		assertThat(categories("ids=" + books + "," + music).content()).extracting(CategoryView::id)
			.containsExactlyInAnyOrder(books, music);
		PageResponse<CategoryView> paged = categories("q=" + marker + "&size=2&page=1");
		assertThat(paged.content()).extracting(CategoryView::name).containsExactly("Music " + marker);
		assertThat(paged.page().totalElements()).isEqualTo(3);
		assertThat(this.catalog.http()
			.get()
			.uri("/api/catalog/categories/" + books + "/sub-categories?q=poe")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<PageResponse<SubCategoryView>>() {
			})
			.returnResult()
			.getResponseBody()
			.content()).extracting(SubCategoryView::name).containsExactly("Poetry");
		this.catalog.http().get().uri("/api/catalog/categories?sort=colour").exchange().expectStatus().isBadRequest();
		this.catalog.http()
			.get()
			.uri("/api/catalog/categories/" + UUID.randomUUID())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aNameMustBeGiven() {
		this.catalog.asAdmin("POST", "/api/catalog/categories", Map.of("name", " "))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
		this.catalog.asAdmin("POST", "/api/catalog/categories", Map.of("name", "x".repeat(101)))
			.expectStatus()
			.isBadRequest();
		this.catalog
			.asAdmin("POST", "/api/catalog/categories/" + UUID.randomUUID() + "/sub-categories",
					Map.of("name", "Orphan"))
			.expectStatus()
			.isNotFound();
	}

	private PageResponse<CategoryView> categories(String query) {
		return this.catalog.http()
			.get()
			.uri("/api/catalog/categories?" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(PAGE)
			.returnResult()
			.getResponseBody();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
