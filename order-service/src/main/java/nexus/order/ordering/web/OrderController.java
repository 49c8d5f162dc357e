package nexus.order.ordering.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nexus.order.ordering.OrderFilter;
import nexus.order.ordering.OrderLifecycle;
import nexus.order.ordering.OrderPlacement;
import nexus.order.ordering.OrderQueries;
import nexus.order.ordering.OrderStatus;
import nexus.order.ordering.OrderView;
import nexus.platform.security.Caller;
import nexus.platform.web.ApiException;
import nexus.platform.paging.PageQuery;
import nexus.platform.web.PageResponse;
import nexus.platform.web.Paging;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders: placing, reading, cancelling; shipping and delivering for administrators.
 */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders", description = "Place orders and follow them to delivery")
class OrderController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final int MAX_IDS = 100;

	private final OrderPlacement placement;

	private final OrderQueries queries;

	private final OrderLifecycle lifecycle;

	OrderController(OrderPlacement placement, OrderQueries queries, OrderLifecycle lifecycle) {
		this.placement = placement;
		this.queries = queries;
		this.lifecycle = lifecycle;
	}

	@PostMapping
	@Operation(summary = "Place an order from explicit items or from the cart",
			description = "Needs an Idempotency-Key: the same key with the same body returns the first order; "
					+ "the same key with another body is refused (422). The order starts PENDING; "
					+ "the cart is cleared once the order is accepted.")
	@ApiResponse(responseCode = "202", description = "Accepted; follow Location")
	@ApiResponse(responseCode = "400", description = "Missing Idempotency-Key, empty order, invalid quantity")
	@ApiResponse(responseCode = "422",
			description = "Unknown or unavailable product, empty cart, key reused for another order")
	ResponseEntity<OrderView> place(@AuthenticationPrincipal Jwt jwt,
			@Parameter(description = "A key unique to this order, such as a UUID (1 to 255 characters)",
					required = true, example = "7c0e6f9a-2d1b-4c55-8e0a-1f2b3c4d5e6f",
					schema = @Schema(minLength = 1, maxLength = 255)) @RequestHeader(name = IDEMPOTENCY_KEY,
							required = false) String idempotencyKey,
			@Valid @RequestBody PlaceOrderRequest request) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
			throw ApiException.badRequest("idempotency-key-required", "Idempotency-Key required",
					"Placing an order needs an Idempotency-Key header of 1 to 255 characters");
		}
		OrderView order = this.placement.place(Caller.from(jwt).userId(), idempotencyKey.strip(), request.toCommand())
			.order();
		return ResponseEntity.accepted().location(URI.create("/api/orders/" + order.id())).body(order);
	}

	@GetMapping
	@Operation(summary = "List orders, newest first",
			description = "Customers see their own orders. Administrators see everyone's, and may narrow by "
					+ "customerId. Anyone may narrow by status and by ids (batch reads, at most 100).")
	PageResponse<OrderView> list(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) OrderStatus status,
			@RequestParam(required = false) UUID customerId,
			@Parameter(description = "Only these orders: comma-separated ids, at most 100",
					explode = Explode.FALSE) @RequestParam(required = false) List<UUID> ids,
			@Paging(sort = { "createdAt", "updatedAt", "totalAmount", "status" },
					defaultSort = "createdAt,desc") PageQuery page) {
		if (ids != null && ids.size() > MAX_IDS) {
			throw ApiException.badRequest("validation-error", "Invalid request", "At most " + MAX_IDS + " ids");
		}
		return PageResponse.of(this.queries.list(Caller.from(jwt), new OrderFilter(customerId, status, ids),
				page.thenSortBy(Sort.by("id")).pageable()), Function.identity());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One order with its status history")
	@ApiResponse(responseCode = "200", description = "The order")
	@ApiResponse(responseCode = "404", description = "No such order, or another customer's")
	OrderView get(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		return this.queries.get(Caller.from(jwt), id);
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel one's own order until it ships; a paid order is refunded")
	@ApiResponse(responseCode = "200", description = "The cancelled order")
	@ApiResponse(responseCode = "409", description = "Already shipped, delivered or cancelled")
	OrderView cancel(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		return this.lifecycle.cancel(Caller.from(jwt), id);
	}

	@PostMapping("/{id}/ship")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Ship a confirmed order (administrators)")
	@ApiResponse(responseCode = "200", description = "The shipped order")
	@ApiResponse(responseCode = "409", description = "The order is not confirmed")
	OrderView ship(@PathVariable UUID id) {
		return this.lifecycle.ship(id);
	}

	@PostMapping("/{id}/deliver")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Mark a shipped order delivered (administrators)")
	@ApiResponse(responseCode = "200", description = "The delivered order")
	@ApiResponse(responseCode = "409", description = "The order is not shipped")
	OrderView deliver(@PathVariable UUID id) {
		return this.lifecycle.deliver(id);
	}

}
