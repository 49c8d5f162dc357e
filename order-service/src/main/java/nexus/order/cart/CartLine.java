package nexus.order.cart;

import java.util.UUID;

/**
 * A product and a quantity, as an order takes them from a cart.
 *
 * @param productId the product
 * @param quantity units
 */
public record CartLine(UUID productId, int quantity) {
}
