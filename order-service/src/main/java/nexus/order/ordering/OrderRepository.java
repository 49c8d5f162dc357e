package nexus.order.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OrderRepository extends JpaRepository<Order, UUID>, JpaSpecificationExecutor<Order> {

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
