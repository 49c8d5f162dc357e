package nexus.order.cart;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nexus.order.catalogcopy.ProductCopies;

/**
 * The carts in a map, for unit tests without Spring.
 */
public final class InMemoryCarts implements CartRepository {

	private final Map<UUID, Cart> carts = new LinkedHashMap<>();

	/**
	 * The carts' service on this map.
	 * @param products the product copy that prices them
	 * @param clock the clock
	 * @return the service
	 */
	public Carts carts(ProductCopies products, Clock clock) {
		return new Carts(this, products, new CartProperties(50), clock);
	}

	@Override
	public Optional<Cart> findByCustomerId(UUID customerId) {
		return Optional.ofNullable(this.carts.get(customerId));
	}

	@Override
	public void createIfAbsent(UUID id, UUID customerId, Instant now) {
		this.carts.computeIfAbsent(customerId, (customer) -> new Cart(id, customer, now));
	}

}
