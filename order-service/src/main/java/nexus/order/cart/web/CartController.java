package nexus.order.cart.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.media.Schema;
import nexus.order.cart.CartView;
import nexus.order.cart.Carts;
import nexus.platform.security.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own cart; there is no way to name another customer's.
 */
@RestController
@RequestMapping("/api/cart")
@Tag(name = "Cart", description = "The caller's cart, priced from the current catalogue")
class CartController {

	private final Carts carts;

	CartController(Carts carts) {
		this.carts = carts;
	}

	@GetMapping
	@Operation(summary = "The caller's cart; lines whose product became unavailable are flagged")
	CartView cart(@AuthenticationPrincipal Jwt jwt) {
		return this.carts.view(caller(jwt));
	}

	@PostMapping("/items")
	@Operation(summary = "Add units of a product (to its line if there is one)")
	@ApiResponse(responseCode = "200", description = "The cart after the change")
	@ApiResponse(responseCode = "422", description = "Unknown or unavailable product, line over 99 units, cart full")
	CartView add(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody AddItemRequest request) {
		return this.carts.add(caller(jwt), request.productId(), request.quantity());
	}

	@PatchMapping("/items/{productId}")
	@Operation(summary = "Set the quantity of a line")
	CartView change(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID productId,
			@Valid @RequestBody ChangeQuantityRequest request) {
		return this.carts.change(caller(jwt), productId, request.quantity());
	}

	@DeleteMapping("/items/{productId}")
	@Operation(summary = "Remove a line")
	CartView remove(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID productId) {
		return this.carts.remove(caller(jwt), productId);
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Empty the cart")
	void clear(@AuthenticationPrincipal Jwt jwt) {
		this.carts.clear(caller(jwt));
	}

	private static UUID caller(Jwt jwt) {
		return Caller.from(jwt).userId();
	}

	record AddItemRequest(@NotNull @Schema(example = "3f1c2b9e-8a47-4c1e-9d55-0b8f6a1e2c33") UUID productId,
			@Min(1) @Max(99) @Schema(example = "2", minimum = "1", maximum = "99") int quantity) {
	}

	record ChangeQuantityRequest(@Min(1) @Max(99) @Schema(example = "3", minimum = "1", maximum = "99") int quantity) {
	}

}
