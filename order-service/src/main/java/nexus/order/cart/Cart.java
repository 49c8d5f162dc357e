package nexus.order.cart;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nexus.platform.domain.NotFound;
import nexus.platform.domain.RuleViolation;

/**
 * A customer's cart: a quantity per product. It guards the per-line quantity (1 to
 * {@value #MAX_QUANTITY}) and the number of lines; prices are not kept here but read from
 * the product copy whenever the cart is shown.
 */
@Entity
@Table(name = "cart")
class Cart {

	static final int MAX_QUANTITY = 99;

	@Id
	private UUID id;

	private UUID customerId;

	@Version
	private long version;

	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "cart_products", joinColumns = @JoinColumn(name = "cart_id"))
	@MapKeyColumn(name = "product_id")
	@Column(name = "quantity")
	private Map<UUID, Integer> quantities = new HashMap<>();

	protected Cart() {
	}

	/**
	 * An empty cart, as {@link CartRepository#createIfAbsent} creates it.
	 * @param id its id
	 * @param customerId whose
	 * @param now the time
	 */
	Cart(UUID id, UUID customerId, Instant now) {
		this.id = id;
		this.customerId = customerId;
		this.updatedAt = now;
	}

	/**
	 * Adds units of a product, to its line if there is one.
	 * @param productId the product
	 * @param quantity units to add
	 * @param maxLines how many different products a cart may hold
	 * @param now the time
	 */
	void add(UUID productId, int quantity, int maxLines, Instant now) {
		Integer current = this.quantities.get(productId);
		if (current == null && this.quantities.size() >= maxLines) {
			throw new RuleViolation("cart-full", "Cart is full",
					"A cart holds at most " + maxLines + " different products");
		}
		int total = ((current != null) ? current : 0) + quantity;
		if (total > MAX_QUANTITY) {
			throw new RuleViolation("quantity-limit", "Quantity limit", "A line holds at most " + MAX_QUANTITY
					+ " units; the cart has " + ((current != null) ? current : 0));
		}
		this.quantities.put(productId, total);
		this.updatedAt = now;
	}

	void change(UUID productId, int quantity, Instant now) {
		requireLine(productId);
		this.quantities.put(productId, quantity);
		this.updatedAt = now;
	}

	void remove(UUID productId, Instant now) {
		requireLine(productId);
		this.quantities.remove(productId);
		this.updatedAt = now;
	}

	void clear(Instant now) {
		this.quantities.clear();
		this.updatedAt = now;
	}

	UUID customerId() {
		return this.customerId;
	}

	Map<UUID, Integer> quantities() {
		return Map.copyOf(this.quantities);
	}

	private void requireLine(UUID productId) {
		if (!this.quantities.containsKey(productId)) {
			throw new NotFound("Cart item", productId);
		}
	}

}
