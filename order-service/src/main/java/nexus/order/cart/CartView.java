package nexus.order.cart;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A cart priced from the current product copy. Lines whose product can no longer be
 * ordered are flagged and left out of the total.
 *
 * @param items the lines, by product name
 * @param totalAmount sum of the available lines
 * @param currency the currency of the lines ({@code USD} for an empty cart)
 */
public record CartView(List<Item> items, @Schema(example = "59.97") BigDecimal totalAmount,
		@Schema(example = "USD") String currency) {

	/**
	 * One line. Named {@code CartItem} in the OpenAPI document: both views have an
	 * {@code Item}, and one name for two shapes documented the cart's lines as an
	 * order's.
	 *
	 * @param productId the product
	 * @param name its current name
	 * @param unitPrice its current price
	 * @param quantity units in the cart
	 * @param lineTotal unit price times quantity
	 * @param available {@code false} when the product can no longer be ordered
	 */
	@Schema(name = "CartItem", description = "A line of the cart, priced now")
	public record Item(UUID productId, @Schema(example = "Espresso cup") String name,
			@Schema(example = "19.99") BigDecimal unitPrice, @Schema(example = "3") int quantity,
			@Schema(example = "59.97") BigDecimal lineTotal, boolean available) {
	}

}
