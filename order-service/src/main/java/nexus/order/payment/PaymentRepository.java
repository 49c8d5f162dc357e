package nexus.order.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The payments, with only the operations the payment side uses, so that a unit test can
 * stand in for it. Saving publishes the payment's registered events. Lists are read
 * through {@link PaymentSearch}.
 */
interface PaymentRepository extends Repository<Payment, UUID> {

	Optional<Payment> findById(UUID id);

	boolean existsById(UUID id);

	<S extends Payment> S save(S payment);

	<S extends Payment> S saveAndFlush(S payment);

	boolean existsByOrderId(UUID orderId);

	@Query("select p.orderId from Payment p where p.id = :id")
	Optional<UUID> findOrderId(UUID id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.orderId = :orderId")
	Optional<Payment> lockByOrderId(UUID orderId);

	@Query("select p.id from Payment p where p.providerReference = :reference")
	Optional<UUID> findIdByProviderReference(String reference);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.id = :id")
	Optional<Payment> lock(UUID id);

	/**
	 * Takes a charge to run: only one caller at a time (the lease), only while the order
	 * still wants it and before it is due. A charge whose lease ran out (its caller died)
	 * may be taken again: the same idempotency keys make that safe.
	 * @return 1 if taken
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update Payment p set p.status = nexus.order.payment.PaymentStatus.PROCESSING, p.leaseUntil = :leaseUntil,
			  p.attempts = p.attempts + 1, p.updatedAt = :now, p.version = p.version + 1
			where p.id = :id and p.cancelRequested = false and p.payBefore > :now
			  and ((p.status = nexus.order.payment.PaymentStatus.PENDING
			        and (p.nextAttemptAt is null or p.nextAttemptAt <= :now))
			       or (p.status = nexus.order.payment.PaymentStatus.PROCESSING and p.leaseUntil < :now))
			""")
	int claimCharge(UUID id, Instant now, Instant leaseUntil);

	/**
	 * Takes a refund to run, one caller at a time, when its next attempt is due.
	 * @return 1 if taken
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update Payment p set p.leaseUntil = :leaseUntil, p.attempts = p.attempts + 1, p.updatedAt = :now,
			  p.version = p.version + 1
			where p.id = :id and p.status = nexus.order.payment.PaymentStatus.REFUND_PENDING
			  and (p.leaseUntil is null or p.leaseUntil < :now)
			  and (p.nextAttemptAt is null or p.nextAttemptAt <= :now)
			""")
	int claimRefund(UUID id, Instant now, Instant leaseUntil);

	@Query("""
			select p.id from Payment p
			where (p.status = nexus.order.payment.PaymentStatus.PENDING and p.createdAt <= :createdBefore
			       and p.payBefore > :now and (p.nextAttemptAt is null or p.nextAttemptAt <= :now))
			   or (p.status = nexus.order.payment.PaymentStatus.PROCESSING and p.leaseUntil < :now)
			   or (p.status = nexus.order.payment.PaymentStatus.REFUND_PENDING
			       and (p.leaseUntil is null or p.leaseUntil < :now)
			       and (p.nextAttemptAt is null or p.nextAttemptAt <= :now))
			order by p.createdAt
			""")
	List<UUID> findWork(Instant createdBefore, Instant now, Pageable page);

	/**
	 * Charges whose outcome at the provider is not known, settled long enough ago that a
	 * webhook would have told: failed for an unavailable provider, or called off after an
	 * attempt started, and not reconciled since.
	 * @param settledBefore how long ago they must have settled
	 * @param page how many
	 * @return their ids, oldest first
	 */
	@Query("""
			select p.id from Payment p
			where p.reconciledAt is null and p.updatedAt <= :settledBefore
			  and ((p.status = nexus.order.payment.PaymentStatus.FAILED and p.failureReason = 'PROVIDER_UNAVAILABLE')
			       or (p.status = nexus.order.payment.PaymentStatus.VOIDED and p.attempts > 0))
			order by p.updatedAt
			""")
	List<UUID> findUnknownOutcomes(Instant settledBefore, Pageable page);

}
