package nexus.order.ordering;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import nexus.platform.domain.NotFound;
import nexus.platform.domain.NotPermitted;
import nexus.platform.security.Caller;
import nexus.platform.paging.Listing;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads orders: a customer reaches only their own (another's answers 404), an
 * administrator any.
 */
@Service
public class OrderQueries {

	private final OrderRepository orders;

	private final OrderSearch search;

	OrderQueries(OrderRepository orders, OrderSearch search) {
		this.orders = orders;
		this.search = search;
	}

	@Transactional(readOnly = true)
	public OrderView get(Caller caller, UUID orderId) {
		return this.orders.findById(orderId)
			.filter((order) -> caller.admin() || order.belongsTo(caller.userId()))
			.map(OrderView::of)
			.orElseThrow(() -> new NotFound("Order", orderId));
	}

	@Transactional(readOnly = true)
	public Listing<OrderView> list(Caller caller, OrderFilter filter, Pageable page) {
		UUID customer = filter.customerId();
		if (!caller.admin()) {
			if (customer != null && !customer.equals(caller.userId())) {
				throw new NotPermitted("forbidden", "Forbidden", "Customers may list only their own orders");
			}
			customer = caller.userId();
		}
		return Listing.of(this.search.findAll(matching(customer, filter), page).map(OrderView::of));
	}

	private static Specification<Order> matching(UUID customer, OrderFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (customer != null) {
				predicates.add(cb.equal(root.get("customerId"), customer));
			}
			if (filter.status() != null) {
				predicates.add(cb.equal(root.get("status"), filter.status()));
			}
			if (!filter.ids().isEmpty()) {
				predicates.add(root.get("id").in(filter.ids()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
