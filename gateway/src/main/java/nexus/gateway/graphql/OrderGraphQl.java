package nexus.gateway.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLContext;
import nexus.gateway.graphql.ApiTypes.Cart;
import nexus.gateway.graphql.ApiTypes.CartItem;
import nexus.gateway.graphql.ApiTypes.Order;
import nexus.gateway.graphql.ApiTypes.OrderItem;
import nexus.gateway.graphql.ApiTypes.Page;
import nexus.gateway.graphql.ApiTypes.Payment;
import nexus.gateway.graphql.ApiTypes.Product;
import nexus.gateway.graphql.ServiceClients.Services;
import org.dataloader.BatchLoaderEnvironment;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;

/**
 * Cart, orders and payments through GraphQL. The products of all the lines of a response
 * are loaded in one batch, so a page of orders with their products costs two calls.
 */
@Controller
class OrderGraphQl {

	private static final ParameterizedTypeReference<Cart> CART = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Order> ORDER = new ParameterizedTypeReference<>() {
	};

	private final ServiceClient orders;

	private final CatalogGraphQl catalog;

	OrderGraphQl(Services services, CatalogGraphQl catalog) {
		this.orders = services.orders();
		this.catalog = catalog;
	}

	@QueryMapping
	Mono<Cart> cart(GraphQLContext context) {
		return this.orders.get((uri) -> uri.path("/api/cart").build(), CART, CallContext.of(context));
	}

	@QueryMapping
	Mono<Page<Order>> orders(@Argument int page, @Argument int size, GraphQLContext context) {
		return this.orders.get(
				(uri) -> uri.path("/api/orders").queryParam("page", page).queryParam("size", size).build(),
				new ParameterizedTypeReference<Page<Order>>() {
				}, CallContext.of(context));
	}

	@QueryMapping
	Mono<Order> order(@Argument UUID id, GraphQLContext context) {
		return this.orders.get((uri) -> uri.path("/api/orders/{id}").build(id), ORDER, CallContext.of(context));
	}

	@QueryMapping
	Mono<Page<Payment>> payments(@Argument int page, @Argument int size, GraphQLContext context) {
		return this.orders.get(
				(uri) -> uri.path("/api/payments").queryParam("page", page).queryParam("size", size).build(),
				new ParameterizedTypeReference<Page<Payment>>() {
				}, CallContext.of(context));
	}

	@BatchMapping(typeName = "OrderItem", field = "product", maxBatchSize = 100)
	Mono<Map<OrderItem, Product>> orderItemProducts(List<OrderItem> items, BatchLoaderEnvironment environment) {
		return this.catalog
			.productsById(items.stream().map(OrderItem::productId).distinct().toList(),
					CallContext.of(environment.getContext()))
			.map((products) -> byItem(items, OrderItem::productId, products));
	}

	@BatchMapping(typeName = "CartItem", field = "product", maxBatchSize = 100)
	Mono<Map<CartItem, Product>> cartItemProducts(List<CartItem> items, BatchLoaderEnvironment environment) {
		return this.catalog
			.productsById(items.stream().map(CartItem::productId).distinct().toList(),
					CallContext.of(environment.getContext()))
			.map((products) -> byItem(items, CartItem::productId, products));
	}

	@MutationMapping
	Mono<Cart> addToCart(@Argument UUID productId, @Argument int quantity, GraphQLContext context) {
		return this.orders.send(HttpMethod.POST, (uri) -> uri.path("/api/cart/items").build(),
				Map.of("productId", productId, "quantity", quantity), CART, CallContext.of(context), Map.of());
	}

	@MutationMapping
	Mono<Cart> updateCartItem(@Argument UUID productId, @Argument int quantity, GraphQLContext context) {
		return this.orders.send(HttpMethod.PATCH, (uri) -> uri.path("/api/cart/items/{id}").build(productId),
				Map.of("quantity", quantity), CART, CallContext.of(context), Map.of());
	}

	@MutationMapping
	Mono<Cart> removeCartItem(@Argument UUID productId, GraphQLContext context) {
		CallContext call = CallContext.of(context);
		return this.orders.delete((uri) -> uri.path("/api/cart/items/{id}").build(productId), call).then(cart(context));
	}

	@MutationMapping
	Mono<Cart> clearCart(GraphQLContext context) {
		return this.orders.delete((uri) -> uri.path("/api/cart").build(), CallContext.of(context)).then(cart(context));
	}

	@MutationMapping
	Mono<Order> createOrder(@Argument @Nullable Boolean fromCart, @Argument @Nullable List<Map<String, Object>> items,
			@Argument @Nullable String idempotencyKey, GraphQLContext context) {
		Map<String, Object> body = new HashMap<>();
		if (Boolean.TRUE.equals(fromCart)) {
			body.put("fromCart", true);
		}
		if (items != null) {
			body.put("items", items);
		}
		Map<String, String> headers = (idempotencyKey != null) ? Map.of("Idempotency-Key", idempotencyKey) : Map.of();
		return this.orders.send(HttpMethod.POST, (uri) -> uri.path("/api/orders").build(), body, ORDER,
				CallContext.of(context), headers);
	}

	@MutationMapping
	Mono<Order> cancelOrder(@Argument UUID id, GraphQLContext context) {
		return transition(id, "cancel", context);
	}

	@MutationMapping
	Mono<Order> shipOrder(@Argument UUID id, GraphQLContext context) {
		return transition(id, "ship", context);
	}

	@MutationMapping
	Mono<Order> deliverOrder(@Argument UUID id, GraphQLContext context) {
		return transition(id, "deliver", context);
	}

	private Mono<Order> transition(UUID id, String action, GraphQLContext context) {
		return this.orders.send(HttpMethod.POST, (uri) -> uri.path("/api/orders/{id}/" + action).build(id), null, ORDER,
				CallContext.of(context), Map.of());
	}

	private static <I> Map<I, Product> byItem(List<I> items, java.util.function.Function<I, UUID> productId,
			Map<UUID, Product> products) {
		Map<I, Product> result = new HashMap<>();
		items.forEach((item) -> {
			Product product = products.get(productId.apply(item));
			if (product != null) {
				result.put(item, product);
			}
		});
		return result;
	}

}
