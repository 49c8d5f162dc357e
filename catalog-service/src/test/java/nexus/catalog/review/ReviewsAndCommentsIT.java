package nexus.catalog.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nexus.catalog.CatalogClient;
import nexus.catalog.CatalogIntegrationTest;
import nexus.catalog.comment.CommentView;
import nexus.catalog.product.ProductView;
import nexus.events.order.OrderConfirmed;
import nexus.events.user.UserRegistered;
import nexus.events.user.UserUpdated;
import nexus.platform.web.PageResponse;
import nexus.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;

import static nexus.catalog.StockFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reviews and comments: who may write them, the product's rating, verified purchases from
 * order events, and authors' names from user events.
 */
class ReviewsAndCommentsIT extends CatalogIntegrationTest {

	private static final ParameterizedTypeReference<PageResponse<ReviewView>> REVIEWS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<PageResponse<CommentView>> COMMENTS = new ParameterizedTypeReference<>() {
	};

	@Autowired
	JdbcClient jdbc;

	CatalogClient catalog;

	ProductView product;

	@BeforeEach
	void product() {
		this.catalog = new CatalogClient(this.port);
		this.product = this.catalog.createProduct("Headphones", "129.00",
				this.catalog.createCategory("Audio " + UUID.randomUUID()), 8);
	}

	@Test
	void reviewsKeepTheProductsRatingCurrentAndShowTheirAuthorsByName() {
		UUID ada = registered("Ada", "Lovelace");
		UUID alan = UUID.randomUUID();

		ReviewView first = review(ada, 5, "Crisp sound.").expectStatus()
			.isCreated()
			.expectBody(ReviewView.class)
			.returnResult()
			.getResponseBody();
		review(alan, 4, "Comfortable.").expectStatus().isCreated();

		assertThat(first.authorName()).isEqualTo("Ada L.");
		assertThat(first.stars()).isEqualTo(5);
		ProductView rated = this.catalog.product(this.product.id());
		assertThat(rated.ratingAverage()).isEqualByComparingTo("4.50");
		assertThat(rated.ratingCount()).isEqualTo(2);
		PageResponse<ReviewView> reviews = reviews();
		assertThat(reviews.content()).extracting(ReviewView::authorName).containsExactly("Customer", "Ada L.");
		assertThat(reviews.page().totalElements()).isEqualTo(2);

		publish(new UserUpdated(ada, "ada@example.com", "Augusta", "King", "CUSTOMER", true, Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(reviews().content()).extracting(ReviewView::authorName).contains("Augusta K."));
	}

	@Test
	void aUserReviewsAProductOnceWithOneToFiveStars() {
		UUID user = UUID.randomUUID();

		review(user, 6, "Too good").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("stars");
		review(user, 0, "Too bad").expectStatus().isBadRequest();
		review(user, 3, " ").expectStatus().isBadRequest();
		review(user, 3, "x".repeat(2001)).expectStatus().isBadRequest();
		review(user, 3, "Fine.").expectStatus().isCreated();
		review(user, 1, "Changed my mind").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/review-exists");

		assertThat(this.catalog.product(this.product.id()).ratingCount()).isEqualTo(1);
		this.catalog.as(null, "POST", reviewsUri(), Map.of("stars", 5, "comment", "Anonymous"))
			.expectStatus()
			.isUnauthorized();
		this.catalog
			.as(TestTokens.customer(user), "POST", "/api/catalog/products/" + UUID.randomUUID() + "/reviews",
					Map.of("stars", 5, "comment", "Nothing"))
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aReviewIsAVerifiedPurchaseWhenItsAuthorHasAConfirmedOrderWithTheProduct() {
		UUID buyer = UUID.randomUUID();
		UUID browser = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		publish(new OrderConfirmed(orderId, buyer, List.of(line(this.product.id(), 1)), Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM purchase WHERE order_id = :id")
				.param("id", orderId)
				.query(Long.class)
				.single() == 1);

		assertThat(review(buyer, 5, "Bought it, love it.").expectBody(ReviewView.class)
			.returnResult()
			.getResponseBody()
			.verifiedPurchase()).isTrue();
		assertThat(review(browser, 2, "Never bought it.").expectBody(ReviewView.class)
			.returnResult()
			.getResponseBody()
			.verifiedPurchase()).isFalse();
	}

	@Test
	void anySignedInUserCommentsAndAnyoneReadsComments() {
		UUID grace = registered("Grace", "Hopper");

		this.catalog.as(TestTokens.customer(grace), "POST", commentsUri(), Map.of("body", "Do they fold?"))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.authorName")
			.isEqualTo("Grace H.");
		this.catalog.as(TestTokens.customer(grace), "POST", commentsUri(), Map.of("body", "They do."))
			.expectStatus()
			.isCreated();
		this.catalog.as(TestTokens.customer(grace), "POST", commentsUri(), Map.of("body", "x".repeat(2001)))
			.expectStatus()
			.isBadRequest();
		this.catalog.as(null, "POST", commentsUri(), Map.of("body", "Anonymous")).expectStatus().isUnauthorized();

		PageResponse<CommentView> comments = this.catalog.http()
			.get()
			.uri(commentsUri() + "?size=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(COMMENTS)
			.returnResult()
			.getResponseBody();
		assertThat(comments.content()).extracting(CommentView::body).containsExactly("They do.");
		assertThat(comments.page().totalElements()).isEqualTo(2);
		this.catalog.http()
			.get()
			.uri("/api/catalog/products/" + UUID.randomUUID() + "/comments")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	private UUID registered(String firstName, String lastName) {
		UUID user = UUID.randomUUID();
		publish(new UserRegistered(user, user + "@example.com", firstName, lastName, "CUSTOMER", Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM author WHERE id = :id")
				.param("id", user)
				.query(Long.class)
				.single() == 1);
		return user;
	}

	private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec review(UUID user, int stars,
			String comment) {
		return this.catalog.as(TestTokens.customer(user), "POST", reviewsUri(),
				Map.of("stars", stars, "comment", comment));
	}

	private PageResponse<ReviewView> reviews() {
		return this.catalog.http()
			.get()
			.uri(reviewsUri())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(REVIEWS)
			.returnResult()
			.getResponseBody();
	}

	private String reviewsUri() {
		return "/api/catalog/products/" + this.product.id() + "/reviews";
	}

	private String commentsUri() {
		return "/api/catalog/products/" + this.product.id() + "/comments";
	}

}
