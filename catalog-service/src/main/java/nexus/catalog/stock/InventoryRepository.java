package nexus.catalog.stock;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface InventoryRepository extends Repository<Inventory, UUID> {

	Inventory save(Inventory inventory);

	Optional<Inventory> findById(UUID productId);

	List<Inventory> findByProductIdIn(Collection<UUID> productIds);

	/**
	 * A product's inventory, locked until the transaction ends: every change of stock
	 * goes through this lock, so concurrent reservations and adjustments apply one after
	 * the other and never oversell. Callers that lock several lock them in ascending
	 * product id order, so that two of them never wait for each other.
	 * @param productId the product
	 * @return the locked inventory
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Inventory i where i.productId = :productId")
	Optional<Inventory> lock(@Param("productId") UUID productId);

}
