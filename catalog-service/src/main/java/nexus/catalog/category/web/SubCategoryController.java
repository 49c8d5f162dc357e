package nexus.catalog.category.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nexus.catalog.category.CategoryQueries;
import nexus.catalog.category.CategoryService;
import nexus.catalog.category.SubCategoryView;
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
@RequestMapping("/api/catalog/categories/{categoryId}/sub-categories")
@Tag(name = "Categories")
class SubCategoryController {

	private final CategoryQueries queries;

	private final CategoryService service;

	SubCategoryController(CategoryQueries queries, CategoryService service) {
		this.queries = queries;
		this.service = service;
	}

	@GetMapping
	@SecurityRequirements
	@Operation(summary = "List a category's sub-categories")
	@ApiResponse(responseCode = "200", description = "A page of the category's sub-categories")
	@ApiResponse(responseCode = "404", description = "No such category")
	PageResponse<SubCategoryView> list(@PathVariable UUID categoryId,
			@Parameter(description = "Part of the name, any case") @RequestParam(required = false) String q,
			@Paging(sort = { "name", "createdAt" }, defaultSort = "name,asc") PageQuery page) {
		return PageResponse.of(this.queries.subCategories(categoryId, q, page.pageable()));
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create a sub-category (administrators)")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "409", description = "The category has a sub-category with that name")
	ResponseEntity<SubCategoryView> create(@PathVariable UUID categoryId, @Valid @RequestBody NameRequest request) {
		SubCategoryView created = this.service.createSubCategory(categoryId, request.name());
		return ResponseEntity
			.created(URI.create("/api/catalog/categories/" + categoryId + "/sub-categories/" + created.id()))
			.body(created);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Rename a sub-category (administrators)")
	ResponseEntity<SubCategoryView> rename(@PathVariable UUID categoryId, @PathVariable UUID id,
			@Parameter(description = CategoryController.IF_MATCH,
					example = "\"0\"") @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody NameRequest request) {
		SubCategoryView subCategory = this.service.renameSubCategory(categoryId, id, request.name(),
				ETags.requiredVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(subCategory.version())).body(subCategory);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a sub-category (administrators)")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "409", description = "Products are still in it")
	void delete(@PathVariable UUID categoryId, @PathVariable UUID id) {
		this.service.deleteSubCategory(categoryId, id);
	}

}
