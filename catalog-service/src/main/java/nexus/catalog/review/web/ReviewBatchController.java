package nexus.catalog.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import nexus.catalog.review.ReviewQueries;
import nexus.catalog.web.Pages;
import nexus.platform.paging.PageQuery;
import nexus.platform.web.PageResponse;
import nexus.platform.web.Paging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reviews of many products in one call, so that a page of products with their reviews
 * (GraphQL's {@code products { reviews }}) costs two calls and not one per product.
 */
@RestController
@Tag(name = "Reviews")
class ReviewBatchController {

	private final ReviewQueries queries;

	ReviewBatchController(ReviewQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/catalog/reviews")
	@SecurityRequirements
	@Operation(summary = "The reviews of many products",
			description = "The same page of each product's reviews, as GET /api/catalog/products/{id}/reviews "
					+ "gives it for one. Newest first by default.")
	@ApiResponse(responseCode = "200", description = "Each product that exists with its page, in the order asked")
	@ApiResponse(responseCode = "400", description = "productIds missing, not UUIDs, or more than 100")
	ReviewPages list(
			@Parameter(description = "The products: comma-separated ids, at least 1 and at most 100",
					example = "0b8f6c1e-3f7a-4c2e-9a57-2f1d8e6b4c10") @RequestParam(required = false) String productIds,
			@Paging(sort = { "createdAt", "stars" }, defaultSort = "createdAt,desc") PageQuery page) {
		return new ReviewPages(this.queries.pagesOf(Pages.requiredIds("productIds", productIds), page.pageable())
			.entrySet()
			.stream()
			.map((entry) -> new ReviewPages.ProductReviews(entry.getKey(), PageResponse.of(entry.getValue())))
			.toList());
	}

}
