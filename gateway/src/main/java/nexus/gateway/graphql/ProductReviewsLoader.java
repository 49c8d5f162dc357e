package nexus.gateway.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nexus.gateway.graphql.ApiTypes.Page;
import nexus.gateway.graphql.ApiTypes.PageInfo;
import nexus.gateway.graphql.ApiTypes.Review;
import nexus.gateway.graphql.ServiceClients.Services;
import org.dataloader.BatchLoaderEnvironment;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * Loads {@code Product.reviews} for all the products of a response together: one call to
 * catalog-service's {@code GET /api/catalog/reviews} per 100 products and page asked for,
 * instead of one call per product.
 */
@Component
class ProductReviewsLoader {

	/** The DataLoader's name; a {@code @SchemaMapping} parameter of this name gets it. */
	static final String NAME = "productReviews";

	/** Most products catalog-service takes in one call. */
	static final int MAX_BATCH = 100;

	private static final ParameterizedTypeReference<ReviewPages> REVIEW_PAGES = new ParameterizedTypeReference<>() {
	};

	private final ServiceClient catalog;

	ProductReviewsLoader(Services services, BatchLoaderRegistry registry) {
		this.catalog = services.catalog();
		registry.<Key, Page<Review>>forName(NAME)
			.withOptions((options) -> options.setMaxBatchSize(MAX_BATCH))
			.registerMappedBatchLoader(this::load);
	}

	private Mono<Map<Key, Page<Review>>> load(Set<Key> keys, BatchLoaderEnvironment environment) {
		CallContext call = CallContext.of(environment.getContext());
		// One call per page asked for (a response normally asks for one), of at most 100
		// products each.
		Map<PageAsked, List<UUID>> byPage = keys.stream()
			.collect(Collectors.groupingBy(Key::page, LinkedHashMap::new,
					Collectors.mapping(Key::productId, Collectors.toList())));
		List<Mono<Map<Key, Page<Review>>>> calls = new ArrayList<>();
		byPage.forEach((page, products) -> {
			for (int start = 0; start < products.size(); start += MAX_BATCH) {
				calls.add(load(page, products.subList(start, Math.min(products.size(), start + MAX_BATCH)), call));
			}
		});
		return Flux.concat(calls).collect(HashMap::new, Map::putAll);
	}

	private Mono<Map<Key, Page<Review>>> load(PageAsked page, List<UUID> products, CallContext call) {
		return this.catalog
			.get((uri) -> uri.path("/api/catalog/reviews")
				.queryParam("productIds", String.join(",", products.stream().map(UUID::toString).toList()))
				.queryParam("page", page.number())
				.queryParam("size", page.size())
				.build(), REVIEW_PAGES, call)
			.map((answer) -> {
				Map<UUID, Page<Review>> found = new HashMap<>();
				answer.products().forEach((product) -> found.put(product.productId(), product.reviews()));
				Map<Key, Page<Review>> result = new HashMap<>();
				// A product deleted since it was read has no reviews to show.
				products.forEach((id) -> result.put(new Key(id, page),
						found.getOrDefault(id, new Page<>(List.of(), new PageInfo(page.size(), page.number(), 0, 0)))));
				return result;
			});
	}

	/**
	 * One product's reviews, one page of them.
	 *
	 * @param productId the product
	 * @param page the page asked for
	 */
	record Key(UUID productId, PageAsked page) {

		Key(UUID productId, int page, int size) {
			this(productId, new PageAsked(page, size));
		}

	}

	/**
	 * A page of reviews, as GraphQL's arguments ask for it.
	 *
	 * @param number the zero-based page number
	 * @param size the page size
	 */
	record PageAsked(int number, int size) {
	}

	/**
	 * What catalog-service answers.
	 *
	 * @param products each product with its page
	 */
	record ReviewPages(List<ProductReviews> products) {
	}

	/**
	 * One product's page of reviews.
	 *
	 * @param productId the product
	 * @param reviews its page
	 */
	record ProductReviews(UUID productId, Page<Review> reviews) {
	}

}
