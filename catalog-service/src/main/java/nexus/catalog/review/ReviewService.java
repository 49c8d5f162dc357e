package nexus.catalog.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import nexus.platform.domain.NotFound;
import nexus.platform.domain.StateConflict;
import nexus.catalog.product.Product;
import nexus.catalog.product.ProductRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes reviews and keeps each product's rating current: the product is locked while its
 * rating changes, so concurrent reviews all count.
 */
@Service
@Transactional
public class ReviewService {

	private final ReviewRepository reviews;

	private final ProductRepository products;

	private final PurchaseHistory purchases;

	private final ReviewQueries queries;

	private final Clock clock;

	ReviewService(ReviewRepository reviews, ProductRepository products, PurchaseHistory purchases,
			ReviewQueries queries, Clock clock) {
		this.reviews = reviews;
		this.products = products;
		this.purchases = purchases;
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * Reviews a product.
	 * @param productId the product
	 * @param authorId who reviews it
	 * @param stars 1 to 5
	 * @param comment what they say
	 * @return the review
	 */
	public ReviewView create(UUID productId, UUID authorId, int stars, String comment) {
		Product product = this.products.lock(productId)
			.filter(Product::isAvailable)
			.orElseThrow(() -> new NotFound("Product", productId));
		if (this.reviews.existsByProductIdAndAuthorId(productId, authorId)) {
			throw new StateConflict("review-exists", "Already reviewed",
					"You have already reviewed product " + productId);
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Review review = this.reviews
			.save(Review.of(productId, authorId, stars, comment, this.purchases.bought(authorId, productId), now));
		product.rate(review.stars(), now);
		this.products.save(product);
		this.products.flush();
		return this.queries.load(review.id()).orElseThrow();
	}

}
