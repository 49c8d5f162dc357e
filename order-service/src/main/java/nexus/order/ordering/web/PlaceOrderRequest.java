package nexus.order.ordering.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nexus.order.ordering.PlaceOrder;

/**
 * {@code {"items":[{"productId", "quantity"}]}} or {@code {"fromCart":true}}.
 *
 * @param items the lines to order, 1 to 50
 * @param fromCart {@code true} to order the cart's lines instead
 */
@Schema(example = "{\"items\":[{\"productId\":\"3f1c2b9e-8a47-4c1e-9d55-0b8f6a1e2c33\",\"quantity\":2}]}")
record PlaceOrderRequest(@Size(max = 50) List<@Valid @NotNull Line> items,
		@Schema(example = "false", description = "Order the cart instead of explicit items") Boolean fromCart) {

	@AssertTrue(message = "give either non-empty items or fromCart:true, not both")
	@Schema(hidden = true)
	boolean isItemsOrFromCart() {
		boolean cart = Boolean.TRUE.equals(this.fromCart);
		return cart ? (this.items == null || this.items.isEmpty()) : (this.items != null && !this.items.isEmpty());
	}

	PlaceOrder toCommand() {
		boolean cart = Boolean.TRUE.equals(this.fromCart);
		return new PlaceOrder(cart ? List.of()
				: this.items.stream().map((line) -> new PlaceOrder.Line(line.productId(), line.quantity())).toList(),
				cart);
	}

	/**
	 * One line.
	 *
	 * @param productId the product
	 * @param quantity units, 1 to 99
	 */
	record Line(@NotNull @Schema(example = "3f1c2b9e-8a47-4c1e-9d55-0b8f6a1e2c33") UUID productId,
			@Min(1) @Max(99) @Schema(example = "2", minimum = "1", maximum = "99") int quantity) {
	}

}
