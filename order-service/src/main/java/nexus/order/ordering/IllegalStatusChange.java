package nexus.order.ordering;

import nexus.platform.domain.StateConflict;

/**
 * An order was asked to move to a status it cannot reach from where it is.
 */
class IllegalStatusChange extends StateConflict {

	IllegalStatusChange(OrderStatus from, OrderStatus to) {
		super("illegal-status-change", "Illegal status change", "An order that is " + from + " cannot become " + to);
	}

}
