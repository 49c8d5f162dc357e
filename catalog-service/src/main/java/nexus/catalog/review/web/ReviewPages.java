package nexus.catalog.review.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import nexus.catalog.review.ReviewView;
import nexus.platform.web.PageResponse;

/**
 * The same page of the reviews of many products.
 *
 * @param products each product asked for that exists, in the order asked, with its page
 */
@Schema(description = "The same page of the reviews of many products, in the order they were asked for; "
		+ "unknown and deleted products are left out")
public record ReviewPages(List<ProductReviews> products) {

	/**
	 * One product's page of reviews.
	 *
	 * @param productId the product
	 * @param reviews its page of reviews, shaped as {@code GET
	 * /api/catalog/products/{id}/reviews}
	 */
	@Schema(description = "One product's page of reviews")
	public record ProductReviews(@Schema(example = "0b8f6c1e-3f7a-4c2e-9a57-2f1d8e6b4c10") UUID productId,
			PageResponse<ReviewView> reviews) {
	}

}
