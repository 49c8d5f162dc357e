package nexus.gateway.graphql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.GraphQLContext;
import nexus.gateway.graphql.ApiTypes.Category;
import nexus.gateway.graphql.ApiTypes.Comment;
import nexus.gateway.graphql.ApiTypes.Page;
import nexus.gateway.graphql.ApiTypes.Product;
import nexus.gateway.graphql.ApiTypes.Review;
import nexus.gateway.graphql.ApiTypes.StockLevel;
import nexus.gateway.graphql.ApiTypes.SubCategory;
import nexus.gateway.graphql.ServiceClients.Services;
import nexus.problems.ProblemTypes;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.web.util.UriBuilder;

/**
 * The catalogue through GraphQL. Categories and reviews of many products are loaded in
 * batches of up to 100 products ({@link ProductReviewsLoader}), so a page of products
 * with their categories and reviews costs three calls.
 */
@Controller
class CatalogGraphQl {

	private static final ParameterizedTypeReference<Product> PRODUCT = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Page<Product>> PRODUCTS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Category> CATEGORY = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Page<Category>> CATEGORIES = new ParameterizedTypeReference<>() {
	};

	private final ServiceClient catalog;

	CatalogGraphQl(Services services) {
		this.catalog = services.catalog();
	}

	@QueryMapping
	Mono<Page<Category>> categories(@Argument @Nullable String q, @Argument int page, @Argument int size,
			GraphQLContext context) {
		return this.catalog.get((uri) -> uri.path("/api/catalog/categories")
			.queryParamIfPresent("q", java.util.Optional.ofNullable(q))
			.queryParam("page", page)
			.queryParam("size", size)
			.build(), CATEGORIES, CallContext.of(context));
	}

	@QueryMapping
	Mono<Category> category(@Argument UUID id, GraphQLContext context) {
		return this.catalog.get((uri) -> uri.path("/api/catalog/categories/{id}").build(id), CATEGORY,
				CallContext.of(context));
	}

	@QueryMapping
	Mono<Page<Product>> products(@Argument @Nullable Map<String, Object> filter, @Argument int page, @Argument int size,
			@Argument @Nullable List<String> sort, GraphQLContext context) {
		return searchProducts((filter != null) ? filter : Map.of(), page, size, sort, context);
	}

	@QueryMapping
	Mono<Page<Product>> productsByCategory(@Argument UUID categoryId, @Argument int page, @Argument int size,
			@Argument @Nullable List<String> sort, GraphQLContext context) {
		return searchProducts(Map.of("categoryId", categoryId), page, size, sort, context);
	}

	@QueryMapping
	Mono<Page<Product>> productsBySubCategory(@Argument UUID subCategoryId, @Argument int page, @Argument int size,
			@Argument @Nullable List<String> sort, GraphQLContext context) {
		return searchProducts(Map.of("subCategoryId", subCategoryId), page, size, sort, context);
	}

	@QueryMapping
	Mono<Page<Product>> productsByPriceRange(@Argument @Nullable BigDecimal minPrice,
			@Argument @Nullable BigDecimal maxPrice, @Argument int page, @Argument int size,
			@Argument @Nullable List<String> sort, GraphQLContext context) {
		Map<String, Object> filter = new HashMap<>();
		if (minPrice != null) {
			filter.put("minPrice", minPrice.toPlainString());
		}
		if (maxPrice != null) {
			filter.put("maxPrice", maxPrice.toPlainString());
		}
		return searchProducts(filter, page, size, sort, context);
	}

	@QueryMapping("searchProducts")
	Mono<Page<Product>> searchProductsByName(@Argument String name, @Argument int page, @Argument int size,
			@Argument @Nullable List<String> sort, GraphQLContext context) {
		return searchProducts(Map.of("q", name), page, size, sort, context);
	}

	@QueryMapping
	Mono<Product> product(@Argument UUID id, GraphQLContext context) {
		return this.catalog.get((uri) -> uri.path("/api/catalog/products/{id}").build(id), PRODUCT,
				CallContext.of(context));
	}

	@QueryMapping
	Mono<Page<Review>> reviews(@Argument UUID productId, @Argument int page, @Argument int size,
			GraphQLContext context) {
		return this.catalog.get(paged("/api/catalog/products/{id}/reviews", productId, page, size),
				new ParameterizedTypeReference<Page<Review>>() {
				}, CallContext.of(context));
	}

	@QueryMapping
	Mono<Page<Comment>> comments(@Argument UUID productId, @Argument int page, @Argument int size,
			GraphQLContext context) {
		return this.catalog.get(paged("/api/catalog/products/{id}/comments", productId, page, size),
				new ParameterizedTypeReference<Page<Comment>>() {
				}, CallContext.of(context));
	}

	@SchemaMapping(typeName = "Product", field = "reviews")
	CompletableFuture<Page<Review>> productReviews(Product product, @Argument int page, @Argument int size,
			DataLoader<ProductReviewsLoader.Key, Page<Review>> productReviews) {
		return productReviews.load(new ProductReviewsLoader.Key(product.id(), page, size));
	}

	@BatchMapping(typeName = "Product", field = "category", maxBatchSize = 100)
	Mono<Map<Product, Category>> productCategories(List<Product> products, BatchLoaderEnvironment environment) {
		List<UUID> ids = products.stream().map(Product::categoryId).distinct().toList();
		CallContext call = CallContext.of(environment.getContext());
		return this.catalog
			.get((uri) -> uri.path("/api/catalog/categories")
				.queryParam("ids", join(ids))
				.queryParam("size", ids.size())
				.build(), CATEGORIES, call)
			.map((page) -> {
				Map<UUID, Category> byId = new HashMap<>();
				page.content().forEach((category) -> byId.put(category.id(), category));
				Map<Product, Category> result = new HashMap<>();
				products.forEach((product) -> {
					Category category = byId.get(product.categoryId());
					if (category != null) {
						result.put(product, category);
					}
				});
				return result;
			});
	}

	/**
	 * Products by id, in batches of at most 100, for cart and order lines.
	 * @param ids the product ids
	 * @param call the caller
	 * @return the products found, by id
	 */
	Mono<Map<UUID, Product>> productsById(List<UUID> ids, CallContext call) {
		List<List<UUID>> batches = new ArrayList<>();
		for (int start = 0; start < ids.size(); start += 100) {
			batches.add(ids.subList(start, Math.min(ids.size(), start + 100)));
		}
		return Flux.fromIterable(batches)
			.concatMap((batch) -> this.catalog.get((uri) -> uri.path("/api/catalog/products")
				.queryParam("ids", join(batch))
				.queryParam("size", batch.size())
				.build(), PRODUCTS, call))
			.flatMapIterable(Page::content)
			.collectMap(Product::id, Function.identity());
	}

	@MutationMapping
	Mono<Category> createCategory(@Argument String name, GraphQLContext context) {
		return this.catalog.send(HttpMethod.POST, (uri) -> uri.path("/api/catalog/categories").build(),
				Map.of("name", name), CATEGORY, CallContext.of(context), Map.of());
	}

	@MutationMapping
	Mono<Category> updateCategory(@Argument UUID id, @Argument String name, @Argument long version,
			GraphQLContext context) {
		return this.catalog.send(HttpMethod.PUT, (uri) -> uri.path("/api/catalog/categories/{id}").build(id),
				Map.of("name", name), CATEGORY, CallContext.of(context), ifMatch(version));
	}

	@MutationMapping
	Mono<Boolean> deleteCategory(@Argument UUID id, GraphQLContext context) {
		return this.catalog.delete((uri) -> uri.path("/api/catalog/categories/{id}").build(id),
				CallContext.of(context));
	}

	@MutationMapping
	Mono<SubCategory> createSubCategory(@Argument UUID categoryId, @Argument String name, GraphQLContext context) {
		return this.catalog.send(HttpMethod.POST,
				(uri) -> uri.path("/api/catalog/categories/{id}/sub-categories").build(categoryId),
				Map.of("name", name), new ParameterizedTypeReference<SubCategory>() {
				}, CallContext.of(context), Map.of());
	}

	@MutationMapping
	Mono<SubCategory> updateSubCategory(@Argument UUID categoryId, @Argument UUID id, @Argument String name,
			@Argument long version, GraphQLContext context) {
		return this.catalog.send(HttpMethod.PUT,
				(uri) -> uri.path("/api/catalog/categories/{categoryId}/sub-categories/{id}").build(categoryId, id),
				Map.of("name", name), new ParameterizedTypeReference<SubCategory>() {
				}, CallContext.of(context), ifMatch(version));
	}

	@MutationMapping
	Mono<Boolean> deleteSubCategory(@Argument UUID categoryId, @Argument UUID id, GraphQLContext context) {
		return this.catalog.delete(
				(uri) -> uri.path("/api/catalog/categories/{categoryId}/sub-categories/{id}").build(categoryId, id),
				CallContext.of(context));
	}

	@MutationMapping
	Mono<Product> createProduct(@Argument Map<String, Object> input, GraphQLContext context) {
		return this.catalog.send(HttpMethod.POST, (uri) -> uri.path("/api/catalog/products").build(), input, PRODUCT,
				CallContext.of(context), Map.of());
	}

	@MutationMapping
	Mono<Product> updateProduct(@Argument UUID id, @Argument Map<String, Object> input, @Argument long version,
			GraphQLContext context) {
		return this.catalog.send(HttpMethod.PUT, (uri) -> uri.path("/api/catalog/products/{id}").build(id), input,
				PRODUCT, CallContext.of(context), ifMatch(version));
	}

	@MutationMapping
	Mono<StockLevel> adjustStock(@Argument UUID productId, @Argument int delta, @Argument String reason,
			GraphQLContext context) {
		return this.catalog.send(HttpMethod.POST,
				(uri) -> uri.path("/api/catalog/products/{id}/stock-adjustments").build(productId),
				Map.of("delta", delta, "reason", reason), new ParameterizedTypeReference<StockLevel>() {
				}, CallContext.of(context), Map.of());
	}

	@MutationMapping
	Mono<Boolean> deleteProduct(@Argument UUID id, GraphQLContext context) {
		return this.catalog.delete((uri) -> uri.path("/api/catalog/products/{id}").build(id), CallContext.of(context));
	}

	@MutationMapping
	Mono<Product> addProductImage(@Argument UUID productId, @Argument String fileName, @Argument String contentBase64,
			GraphQLContext context) {
		byte[] content;
		try {
			content = Base64.getDecoder().decode(contentBase64);
		}
		catch (IllegalArgumentException ex) {
			return Mono.error(new DownstreamClientError("gateway", 400, ProblemTypes.of("validation-error").toString(),
					"contentBase64 is not valid base64"));
		}
		MultipartBodyBuilder multipart = new MultipartBodyBuilder();
		multipart.part("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		CallContext call = CallContext.of(context);
		return this.catalog
			.send(HttpMethod.POST, (uri) -> uri.path("/api/catalog/products/{id}/images").build(productId),
					multipart.build(), new ParameterizedTypeReference<Map<String, Object>>() {
					}, call, Map.of())
			.then(product(productId, context));
	}

	@MutationMapping
	Mono<Boolean> deleteProductImage(@Argument UUID productId, @Argument UUID imageId, GraphQLContext context) {
		return this.catalog.delete(
				(uri) -> uri.path("/api/catalog/products/{productId}/images/{imageId}").build(productId, imageId),
				CallContext.of(context));
	}

	@MutationMapping
	Mono<Review> createReview(@Argument UUID productId, @Argument int stars, @Argument String comment,
			GraphQLContext context) {
		return this.catalog.send(HttpMethod.POST,
				(uri) -> uri.path("/api/catalog/products/{id}/reviews").build(productId),
				Map.of("stars", stars, "comment", comment), new ParameterizedTypeReference<Review>() {
				}, CallContext.of(context), Map.of());
	}

	@MutationMapping
	Mono<Comment> createComment(@Argument UUID productId, @Argument String body, GraphQLContext context) {
		return this.catalog.send(HttpMethod.POST,
				(uri) -> uri.path("/api/catalog/products/{id}/comments").build(productId), Map.of("body", body),
				new ParameterizedTypeReference<Comment>() {
				}, CallContext.of(context), Map.of());
	}

	private Mono<Page<Product>> searchProducts(Map<String, Object> filter, int page, int size,
			@Nullable List<String> sort, GraphQLContext context) {
		return this.catalog.get((uri) -> {
			UriBuilder builder = uri.path("/api/catalog/products").queryParam("page", page).queryParam("size", size);
			filter.forEach((name, value) -> {
				if (value != null) {
					builder.queryParam(name, value);
				}
			});
			if (sort != null) {
				sort.forEach((order) -> builder.queryParam("sort", order));
			}
			return builder.build();
		}, PRODUCTS, CallContext.of(context));
	}

	private static Function<UriBuilder, java.net.URI> paged(String path, UUID id, int page, int size) {
		return (uri) -> uri.path(path).queryParam("page", page).queryParam("size", size).build(id);
	}

	/** The version a change is made against, as catalog-service takes it. */
	private static Map<String, String> ifMatch(long version) {
		return Map.of(HttpHeaders.IF_MATCH, "\"" + version + "\"");
	}

	private static String join(List<UUID> ids) {
		return String.join(",", ids.stream().map(UUID::toString).toList());
	}

}
