package nexus.catalog.comment.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nexus.catalog.comment.CommentService;
import nexus.catalog.comment.CommentView;
import nexus.catalog.web.Pages;
import nexus.platform.security.Caller;
import nexus.platform.paging.PageQuery;
import nexus.platform.web.PageResponse;
import nexus.platform.web.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/products/{productId}/comments")
@Tag(name = "Comments", description = "Comments on products: anyone reads, any signed-in user writes")
class CommentController {

	private final CommentService comments;

	CommentController(CommentService comments) {
		this.comments = comments;
	}

	@GetMapping
	@SecurityRequirements
	@Operation(summary = "A product's comments", description = "Newest first by default.")
	@ApiResponse(responseCode = "200", description = "A page of the product's comments")
	@ApiResponse(responseCode = "404", description = "No such product")
	PageResponse<CommentView> list(@PathVariable UUID productId,
			@Paging(sort = { "createdAt" }, defaultSort = "createdAt,desc") PageQuery page) {
		return PageResponse.of(this.comments.list(productId, page.pageable()));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Comment on a product")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "404", description = "No such product")
	CommentView create(@PathVariable UUID productId, @Valid @RequestBody CommentRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		return this.comments.create(productId, Caller.from(jwt).userId(), request.body());
	}

}
