package nexus.order.ordering;

import java.util.List;
import java.util.UUID;

/**
 * A request to place an order: explicit lines, or the cart's.
 *
 * @param lines the lines, empty when {@code fromCart}
 * @param fromCart whether to take the caller's cart
 */
public record PlaceOrder(List<Line> lines, boolean fromCart) {

	public PlaceOrder {
		lines = List.copyOf(lines);
	}

	/**
	 * One requested line.
	 *
	 * @param productId the product
	 * @param quantity units, 1 to 99
	 */
	public record Line(UUID productId, int quantity) {
	}

}
