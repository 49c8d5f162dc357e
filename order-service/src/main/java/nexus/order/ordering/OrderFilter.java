package nexus.order.ordering;

import java.util.List;
import java.util.UUID;

/**
 * Which orders a list shows. Customers always see only their own; administrators see
 * everyone's unless they name a customer.
 *
 * @param customerId only this customer's (administrators; a customer may name only
 * themselves)
 * @param status only orders in this status
 * @param ids only these orders (batch reads), at most 100
 */
public record OrderFilter(UUID customerId, OrderStatus status, List<UUID> ids) {

	public OrderFilter {
		ids = (ids != null) ? List.copyOf(ids) : List.of();
	}

}
