package nexus.catalog.category.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import nexus.platform.domain.NotFound;
import nexus.catalog.category.CategoryQueries;
import nexus.catalog.category.CategoryService;
import nexus.catalog.category.CategoryView;
import nexus.catalog.web.Pages;
import nexus.platform.paging.PageQuery;
import nexus.platform.web.ETags;
import nexus.platform.web.PageResponse;
import nexus.platform.web.Paging;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/categories")
@Tag(name = "Categories", description = "Categories and their sub-categories; anyone reads, administrators change")
class CategoryController {

	static final String IF_MATCH = "The ETag of your last read, such as \"3\": a rename of something renamed since "
			+ "is refused (412), and a rename without it too (428)";

	private final CategoryQueries queries;

	private final CategoryService service;

	CategoryController(CategoryQueries queries, CategoryService service) {
		this.queries = queries;
		this.service = service;
	}

	@GetMapping
	@SecurityRequirements
	@Operation(summary = "List categories, each with its sub-categories")
	PageResponse<CategoryView> list(
			@Parameter(description = "Part of the name, any case") @RequestParam(required = false) String q,
			@Parameter(description = "Only these categories: comma-separated ids, at most 100") @RequestParam(
					required = false) String ids,
			@Paging(sort = { "name", "createdAt" }, defaultSort = "name,asc") PageQuery page) {
		return PageResponse.of(this.queries.list(q, Pages.ids(ids), page.pageable()));
	}

	@GetMapping("/{id}")
	@SecurityRequirements
	@Operation(summary = "One category with its sub-categories")
	@ApiResponse(responseCode = "200", description = "The category")
	@ApiResponse(responseCode = "404", description = "No such category")
	ResponseEntity<CategoryView> get(@PathVariable UUID id) {
		CategoryView category = this.queries.find(id).orElseThrow(() -> new NotFound("Category", id));
		return ResponseEntity.ok().eTag(ETags.of(category.version())).body(category);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create a category (administrators)")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "409", description = "A category with that name exists")
	ResponseEntity<CategoryView> create(@Valid @RequestBody NameRequest request) {
		CategoryView created = this.service.create(request.name());
		return ResponseEntity.created(URI.create("/api/catalog/categories/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Rename a category (administrators)")
	@ApiResponse(responseCode = "200", description = "The renamed category")
	@ApiResponse(responseCode = "409", description = "A category with that name exists")
	ResponseEntity<CategoryView> rename(
			@PathVariable UUID id, @Parameter(description = IF_MATCH,
					example = "\"0\"") @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody NameRequest request) {
		CategoryView category = this.service.rename(id, request.name(), ETags.requiredVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(category.version())).body(category);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a category and its sub-categories (administrators)")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "409", description = "Products are still in it")
	void delete(@PathVariable UUID id) {
		this.service.delete(id);
	}

}
