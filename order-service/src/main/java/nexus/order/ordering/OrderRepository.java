package nexus.order.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The orders, with only the operations the order rules use: small enough for a unit test
 * to stand in for it with a map. Saving publishes the order's registered events. Lists
 * are read through {@link OrderSearch}.
 */
interface OrderRepository extends Repository<Order, UUID> {

	Optional<Order> findById(UUID id);

	/**
	 * Saves and flushes at once, so that a second order with the same customer and
	 * Idempotency-Key fails here (the unique index), inside the placing transaction.
	 * @param <S> the order type
	 * @param order the order
	 * @return the saved order
	 */
	<S extends Order> S saveAndFlush(S order);

	Optional<Order> findByCustomerIdAndIdempotencyKey(UUID customerId, String idempotencyKey);

	/**
	 * An order, locked until the transaction ends, so that the saga, the deadline sweeper
	 * and customers change it one at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from CustomerOrder o where o.id = :id")
	Optional<Order> lock(UUID id);

	@Query("""
			select o.id from CustomerOrder o
			where (o.status = nexus.order.ordering.OrderStatus.PENDING and o.createdAt <= :placedBefore)
			   or (o.status = nexus.order.ordering.OrderStatus.AWAITING_PAYMENT and o.paymentDueBy <= :now)
			order by o.createdAt
			""")
	List<UUID> findOverdue(Instant placedBefore, Instant now, Pageable page);

}
