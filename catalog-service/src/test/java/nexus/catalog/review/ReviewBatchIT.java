package nexus.catalog.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nexus.catalog.CatalogClient;
import nexus.catalog.CatalogIntegrationTest;
import nexus.catalog.product.ProductView;
import nexus.catalog.review.web.ReviewPages;
import nexus.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviews of many products in one call, as the gateway's GraphQL layer loads
 * {@code products { reviews }}: each product gets its own page, in the order and the
 * sorting a product's own review list has.
 */
class ReviewBatchIT extends CatalogIntegrationTest {

	CatalogClient catalog;

	UUID category;

	@BeforeEach
	void client() {
		this.catalog = new CatalogClient(this.port);
		this.category = this.catalog.createCategory("Batch " + UUID.randomUUID());
	}

	@Test
	void eachProductGetsItsOwnPageOfReviewsNewestFirst() {
		ProductView lamp = product("Lamp");
		ProductView chair = product("Chair");
		ProductView quiet = product("Nobody reviewed this");
		review(lamp, 5, "Bright.");
		review(lamp, 3, "Flickers.");
		review(lamp, 4, "Fine.");
		review(chair, 2, "Wobbly.");

		ReviewPages pages = pages("/api/catalog/reviews?productIds={ids}&size=2",
				lamp.id() + "," + chair.id() + "," + quiet.id());

		assertThat(pages.products()).extracting(ReviewPages.ProductReviews::productId)
			.containsExactly(lamp.id(), chair.id(), quiet.id());
		ReviewPages.ProductReviews lampReviews = pages.products().get(0);
		assertThat(lampReviews.reviews().content()).extracting(ReviewView::comment)
			.containsExactly("Fine.", "Flickers.");
		assertThat(lampReviews.reviews().page().totalElements()).isEqualTo(3);
		assertThat(lampReviews.reviews().page().totalPages()).isEqualTo(2);
		assertThat(pages.products().get(1).reviews().content()).extracting(ReviewView::comment)
			.containsExactly("Wobbly.");
		assertThat(pages.products().get(2).reviews().content()).isEmpty();
		assertThat(pages.products().get(2).reviews().page().totalElements()).isZero();
	}

	@Test
	void aLaterPageAndAnotherSortApplyToEveryProduct() {
		ProductView lamp = product("Lamp");
		ProductView chair = product("Chair");
		review(lamp, 5, "Bright.");
		review(lamp, 1, "Broke.");
		review(lamp, 3, "Fine.");
		review(chair, 4, "Solid.");
		review(chair, 2, "Wobbly.");

		ReviewPages pages = pages("/api/catalog/reviews?productIds={ids}&page=1&size=1&sort=stars,asc",
				lamp.id() + "," + chair.id());

		assertThat(pages.products().get(0).reviews().content()).extracting(ReviewView::stars).containsExactly(3);
		assertThat(pages.products().get(0).reviews().page().number()).isEqualTo(1);
		assertThat(pages.products().get(1).reviews().content()).extracting(ReviewView::stars).containsExactly(4);
	}

	@Test
	void unknownAndDeletedProductsAreLeftOut() {
		ProductView lamp = product("Lamp");
		ProductView gone = product("Gone");
		review(gone, 4, "Was nice.");
		this.catalog.asAdmin("DELETE", "/api/catalog/products/" + gone.id(), null).expectStatus().isNoContent();

		ReviewPages pages = pages("/api/catalog/reviews?productIds={ids}",
				UUID.randomUUID() + "," + lamp.id() + "," + gone.id());

		assertThat(pages.products()).extracting(ReviewPages.ProductReviews::productId).containsExactly(lamp.id());
	}

	@Test
	void theProductIdsAreRequiredWellFormedAndAtMostOneHundred() {
		String tooMany = String.join(",",
				java.util.stream.Stream.generate(() -> UUID.randomUUID().toString()).limit(101).toList());
		for (String query : List.of("", "?productIds=", "?productIds=not-a-uuid", "?productIds=" + tooMany)) {
			this.catalog.http()
				.get()
				.uri("/api/catalog/reviews" + query)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType("application/problem+json")
				.expectBody()
				.jsonPath("$.type")
				.value((type) -> assertThat(type.toString()).endsWith("/validation-error"));
		}
	}

	private ReviewPages pages(String uri, String productIds) {
		return this.catalog.http()
			.get()
			.uri(uri, productIds)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ReviewPages.class)
			.returnResult()
			.getResponseBody();
	}

	private ProductView product(String name) {
		return this.catalog.createProduct(name, "10.00", this.category, 5);
	}

	private void review(ProductView product, int stars, String comment) {
		this.catalog
			.as(TestTokens.customer(UUID.randomUUID()), "POST", "/api/catalog/products/" + product.id() + "/reviews",
					Map.of("stars", stars, "comment", comment))
			.expectStatus()
			.isCreated();
	}

}
