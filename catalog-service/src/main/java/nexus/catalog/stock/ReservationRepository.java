package nexus.catalog.stock;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ReservationRepository extends Repository<StockReservation, UUID> {

	StockReservation save(StockReservation reservation);

	boolean existsById(UUID orderId);

	Optional<StockReservation> findById(UUID orderId);

	void flush();

	/**
	 * An order's reservation, locked until the transaction ends. A reservation is always
	 * locked before the products it holds.
	 * @param orderId the order
	 * @return the reservation, if there is one
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from StockReservation r where r.orderId = :orderId")
	Optional<StockReservation> lock(@Param("orderId") UUID orderId);

}
