package nexus.order.ordering;

import nexus.platform.web.ApiException;

import org.springframework.http.HttpStatus;

/**
 * An order was asked to move to a status it cannot reach from where it is.
 */
class IllegalStatusChange extends ApiException {

	IllegalStatusChange(OrderStatus from, OrderStatus to) {
		super(HttpStatus.CONFLICT, "illegal-status-change", "Illegal status change",
				"An order that is " + from + " cannot become " + to);
	}

}
