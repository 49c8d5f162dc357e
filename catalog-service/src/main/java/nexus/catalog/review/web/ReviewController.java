package nexus.catalog.review.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import nexus.platform.domain.NotFound;
import nexus.catalog.product.ProductQueries;
import nexus.catalog.review.ReviewQueries;
import nexus.catalog.review.ReviewService;
import nexus.catalog.review.ReviewView;
import nexus.catalog.web.Pages;
import nexus.platform.security.Caller;
import nexus.platform.paging.PageQuery;
import nexus.platform.web.PageResponse;
import nexus.platform.web.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/products/{productId}/reviews")
@Tag(name = "Reviews", description = "Ratings of products: anyone reads, any signed-in user writes one per product")
class ReviewController {

	private final ReviewQueries queries;

	private final ReviewService service;

	private final ProductQueries products;

	ReviewController(ReviewQueries queries, ReviewService service, ProductQueries products) {
		this.queries = queries;
		this.service = service;
		this.products = products;
	}

	@GetMapping
	@SecurityRequirements
	@Operation(summary = "A product's reviews", description = "Newest first by default.")
	@ApiResponse(responseCode = "200", description = "A page of the product's reviews")
	@ApiResponse(responseCode = "404", description = "No such product")
	PageResponse<ReviewView> list(@PathVariable UUID productId,
			@Paging(sort = { "createdAt", "stars" }, defaultSort = "createdAt,desc") PageQuery page) {
		this.products.find(productId).orElseThrow(() -> new NotFound("Product", productId));
		return PageResponse.of(this.queries.list(productId, page.pageable()));
	}

	@PostMapping
	@Operation(summary = "Review a product",
			description = "One review per user and product; marked a verified purchase when the user has a "
					+ "confirmed order with it. Updates the product's ratingAverage and ratingCount.")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "404", description = "No such product")
	@ApiResponse(responseCode = "409", description = "The user has reviewed it already")
	ResponseEntity<ReviewView> create(@PathVariable UUID productId, @Valid @RequestBody ReviewRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		ReviewView review = this.service.create(productId, Caller.from(jwt).userId(), request.stars(),
				request.comment());
		return ResponseEntity.status(HttpStatus.CREATED).body(review);
	}

}
