package nexus.catalog.product.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import nexus.platform.domain.NotFound;
import nexus.catalog.product.ProductQueries;
import nexus.catalog.product.ProductService;
import nexus.catalog.product.ProductView;
import nexus.catalog.web.Pages;
import nexus.platform.paging.PageQuery;
import nexus.platform.security.Caller;
import nexus.platform.web.ETags;
import nexus.platform.web.PageResponse;
import nexus.platform.web.Paging;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/products")
@Tag(name = "Products", description = "The catalogue's products; anyone reads, administrators change")
class ProductController {

	private static final String IF_MATCH = "The ETag of your last read of the product, such as \"3\": a change "
			+ "made meanwhile answers 412";

	private final ProductQueries queries;

	private final ProductService service;

	ProductController(ProductQueries queries, ProductService service) {
		this.queries = queries;
		this.service = service;
	}

	@GetMapping
	@SecurityRequirements
	@Operation(summary = "Search products", description = "Filters combine with AND. Sort by price, name, "
			+ "createdAt or rating; newest first by default. Deleted products never appear.")
	PageResponse<ProductView> search(@ParameterObject ProductSearchParams params,
			@Paging(sort = { "price", "name", "createdAt", "rating=ratingAverage" },
					defaultSort = "createdAt,desc") PageQuery page) {
		return PageResponse.of(this.queries.search(params.filter(), page.pageable()));
	}

	@GetMapping("/{id}")
	@SecurityRequirements
	@Operation(summary = "One product",
			description = "Carries an ETag (its version); If-None-Match with it answers 304 while it is current.")
	@ApiResponse(responseCode = "200", description = "The product, with its version as ETag")
	@ApiResponse(responseCode = "404", description = "No such product, or it was deleted")
	ResponseEntity<ProductView> get(@PathVariable UUID id) {
		ProductView product = this.queries.find(id).orElseThrow(() -> new NotFound("Product", id));
		return ResponseEntity.ok().eTag(ETags.of(product.version())).cacheControl(CacheControl.noCache()).body(product);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create a product (administrators)")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "422", description = "Unknown category or sub-category")
	ResponseEntity<ProductView> create(@Valid @RequestBody ProductRequest request, @AuthenticationPrincipal Jwt jwt) {
		ProductView created = this.service.create(request.details(), request.initialStock(), Caller.from(jwt).userId());
		return ResponseEntity.created(URI.create("/api/catalog/products/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(created);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Replace a product (administrators)",
			description = "Stock is not replaced: change it through /stock-adjustments. amountInStock may be "
					+ "left out, or sent as the current available stock.")
	@ApiResponse(responseCode = "200", description = "The product after the change")
	@ApiResponse(responseCode = "409",
			description = "The product changed since the version given "
					+ "(stale-version), or amountInStock is not the current stock (stock-is-adjusted-separately)")
	@ApiResponse(responseCode = "422", description = "Unknown category or sub-category")
	ResponseEntity<ProductView> replace(@PathVariable UUID id,
			@Parameter(description = IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH,
					required = false) String ifMatch,
			@Valid @RequestBody ProductRequest request) {
		ProductView product = this.service.replace(id, request.details(), request.amountInStock(),
				ETags.requiredVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(product.version())).body(product);
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change some fields of a product (administrators)",
			description = "Stock is not among them: change it through /stock-adjustments. amountInStock may be "
					+ "left out, or sent as the current available stock.")
	@ApiResponse(responseCode = "200", description = "The product after the change")
	@ApiResponse(responseCode = "409",
			description = "The product changed since the version given "
					+ "(stale-version), or amountInStock is not the current stock (stock-is-adjusted-separately)")
	@ApiResponse(responseCode = "422", description = "Unknown category or sub-category")
	ResponseEntity<ProductView> patch(@PathVariable UUID id,
			@Parameter(description = IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH,
					required = false) String ifMatch,
			@Valid @RequestBody ProductPatchRequest request) {
		ProductView product = this.service.patch(id, request.patch(), request.amountInStock(),
				ETags.requiredVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(product.version())).body(product);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a product (administrators)",
			description = "It leaves the catalogue; its id stays valid in order history.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "No such product, or it was deleted already")
	@ApiResponse(responseCode = "412", description = "The product changed since the ETag given in If-Match")
	void delete(@PathVariable UUID id,
			@Parameter(description = "Optional: the ETag you read; 412 if it changed since") @RequestHeader(
					value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.service.delete(id, ETags.expectedVersion(ifMatch));
	}

}
