package nexus.order.cart;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The carts, with only the operations they use, so that a unit test can stand in for it.
 */
interface CartRepository extends Repository<Cart, UUID> {

	Optional<Cart> findByCustomerId(UUID customerId);

	/**
	 * Creates a customer's cart unless one exists; safe when two first requests race.
	 */
	@Modifying
	@Query(value = """
			INSERT INTO cart (id, customer_id, version, updated_at) VALUES (:id, :customerId, 0, :now)
			ON CONFLICT (customer_id) DO NOTHING
			""", nativeQuery = true)
	void createIfAbsent(UUID id, UUID customerId, Instant now);

}
