package nexus.order.ordering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nexus.testsupport.AggregateEvents;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;

/**
 * The orders in a map, for unit tests of the order rules without Spring: it keeps the one
 * constraint the database enforces (one order per customer and Idempotency-Key) and, like
 * Spring Data on save, takes each saved order's registered events, which a test reads as
 * {@link #published()}. An order changed but not saved publishes nothing here either.
 */
class InMemoryOrders implements OrderRepository {

	private final Map<UUID, Order> orders = new LinkedHashMap<>();

	private final List<Object> published;

	InMemoryOrders(List<Object> published) {
		this.published = published;
	}

	InMemoryOrders() {
		this(new ArrayList<>());
	}

	@Override
	public Optional<Order> findById(UUID id) {
		return Optional.ofNullable(this.orders.get(id));
	}

	@Override
	public Optional<Order> lock(UUID id) {
		return findById(id);
	}

	@Override
	public Optional<Order> findByCustomerIdAndIdempotencyKey(UUID customerId, String idempotencyKey) {
		return this.orders.values()
			.stream()
			.filter((order) -> order.belongsTo(customerId) && order.idempotencyKey().equals(idempotencyKey))
			.findFirst();
	}

	@Override
	public <S extends Order> S saveAndFlush(S order) {
		boolean taken = this.orders.values()
			.stream()
			.anyMatch((other) -> !other.id().equals(order.id()) && other.customerId().equals(order.customerId())
					&& other.idempotencyKey().equals(order.idempotencyKey()));
		if (taken) {
			throw new DataIntegrityViolationException("duplicate key value violates unique constraint");
		}
		this.orders.put(order.id(), order);
		this.published.addAll(AggregateEvents.of(order));
		AggregateEvents.clear(order);
		return order;
	}

	@Override
	public List<UUID> findOverdue(Instant placedBefore, Instant now, Pageable page) {
		return this.orders.values()
			.stream()
			.filter((order) -> (order.status() == OrderStatus.PENDING && !order.createdAt().isAfter(placedBefore))
					|| (order.status() == OrderStatus.AWAITING_PAYMENT && !order.paymentDueBy().isAfter(now)))
			.sorted(Comparator.comparing(Order::createdAt))
			.limit(page.getPageSize())
			.map(Order::id)
			.toList();
	}

	/**
	 * Stores an order as if another transaction had committed it, without its events.
	 * @param order the order
	 * @return it
	 */
	Order committed(Order order) {
		AggregateEvents.clear(order);
		this.orders.put(order.id(), order);
		return order;
	}

	List<Object> published() {
		return this.published;
	}

	int count() {
		return this.orders.size();
	}

}
