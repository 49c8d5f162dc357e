package nexus.events.order;

import java.math.BigDecimal;
import java.util.UUID;

import nexus.events.EventChecks;

import static nexus.events.EventChecks.required;

/**
 * One line of an order, with the unit price as it was when the order was placed.
 *
 * @param productId the product
 * @param quantity how many units, at least one
 * @param unitPrice price of one unit, two decimals
 */
public record OrderLine(UUID productId, int quantity, BigDecimal unitPrice) {

	public OrderLine {
		required(productId, "productId");
		EventChecks.positive(quantity, "quantity");
		unitPrice = EventChecks.money(unitPrice, "unitPrice");
	}

}
