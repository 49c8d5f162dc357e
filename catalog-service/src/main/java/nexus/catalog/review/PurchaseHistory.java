package nexus.catalog.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which customers bought which products in a confirmed order, learned from order events:
 * what makes a review a verified purchase.
 */
@Component
public class PurchaseHistory {

	private final JdbcClient jdbc;

	PurchaseHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Remembers the products of a confirmed order.
	 * @param orderId the order
	 * @param customerId who placed it
	 * @param productIds what it holds
	 * @param confirmedAt when it was confirmed
	 */
	public void record(UUID orderId, UUID customerId, Collection<UUID> productIds, Instant confirmedAt) {
		for (UUID productId : productIds) {
			this.jdbc.sql("""
					INSERT INTO purchase (customer_id, product_id, order_id, confirmed_at)
					VALUES (:customerId, :productId, :orderId, :confirmedAt)
					ON CONFLICT DO NOTHING
					""")
				.param("customerId", customerId)
				.param("productId", productId)
				.param("orderId", orderId)
				.param("confirmedAt", confirmedAt.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/**
	 * Forgets the products of a cancelled order: it no longer counts as a purchase.
	 * @param orderId the order
	 */
	public void forget(UUID orderId) {
		this.jdbc.sql("DELETE FROM purchase WHERE order_id = :orderId").param("orderId", orderId).update();
	}

	/**
	 * Whether a customer bought a product in a confirmed order.
	 * @param customerId the customer
	 * @param productId the product
	 * @return whether they did
	 */
	public boolean bought(UUID customerId, UUID productId) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM purchase WHERE customer_id = :customerId AND product_id = :productId)")
			.param("customerId", customerId)
			.param("productId", productId)
			.query(Boolean.class)
			.single();
	}

}
