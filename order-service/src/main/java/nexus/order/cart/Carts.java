package nexus.order.cart;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import nexus.order.catalogcopy.ProductCopies;
import nexus.order.catalogcopy.ProductSnapshot;
import nexus.platform.domain.NotFound;
import nexus.platform.domain.RuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' carts: one per customer, created on first use.
 */
@Service
public class Carts {

	static final String DEFAULT_CURRENCY = "USD";

	private final CartRepository carts;

	private final ProductCopies products;

	private final CartProperties properties;

	private final Clock clock;

	Carts(CartRepository carts, ProductCopies products, CartProperties properties, Clock clock) {
		this.carts = carts;
		this.products = products;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CartView view(UUID customerId) {
		return this.carts.findByCustomerId(customerId)
			.map(this::price)
			.orElseGet(() -> new CartView(List.of(), BigDecimal.ZERO.setScale(2), DEFAULT_CURRENCY));
	}

	@Transactional
	public CartView add(UUID customerId, UUID productId, int quantity) {
		ProductSnapshot product = this.products.find(productId)
			.orElseThrow(() -> new RuleViolation("unknown-product", "Unknown product",
					"Product " + productId + " is not in the catalogue"));
		if (!product.available()) {
			throw new RuleViolation("product-unavailable", "Product unavailable",
					"Product " + productId + " can no longer be ordered");
		}
		Cart cart = cartOf(customerId);
		String currency = currencyOf(cart);
		if (currency != null && !currency.equals(product.currency())) {
			throw new RuleViolation("mixed-currencies", "Mixed currencies",
					"The cart is in " + currency + "; product " + productId + " is priced in " + product.currency());
		}
		cart.add(productId, quantity, this.properties.maxLines(), this.clock.instant());
		return price(cart);
	}

	@Transactional
	public CartView change(UUID customerId, UUID productId, int quantity) {
		Cart cart = existingCartOf(customerId, productId);
		cart.change(productId, quantity, this.clock.instant());
		return price(cart);
	}

	@Transactional
	public CartView remove(UUID customerId, UUID productId) {
		Cart cart = existingCartOf(customerId, productId);
		cart.remove(productId, this.clock.instant());
		return price(cart);
	}

	@Transactional
	public void clear(UUID customerId) {
		this.carts.findByCustomerId(customerId).ifPresent((cart) -> cart.clear(this.clock.instant()));
	}

	/**
	 * What an order placed from the cart takes.
	 * @param customerId the customer
	 * @return the lines, possibly none
	 */
	@Transactional(readOnly = true)
	public List<CartLine> linesOf(UUID customerId) {
		return this.carts.findByCustomerId(customerId)
			.map((cart) -> cart.quantities()
				.entrySet()
				.stream()
				.map((line) -> new CartLine(line.getKey(), line.getValue()))
				.sorted(Comparator.comparing(CartLine::productId))
				.toList())
			.orElse(List.of());
	}

	private Cart cartOf(UUID customerId) {
		this.carts.createIfAbsent(UUID.randomUUID(), customerId, this.clock.instant());
		return this.carts.findByCustomerId(customerId).orElseThrow();
	}

	private Cart existingCartOf(UUID customerId, UUID productId) {
		return this.carts.findByCustomerId(customerId).orElseThrow(() -> new NotFound("Cart item", productId));
	}

	private String currencyOf(Cart cart) {
		return this.products.findAll(cart.quantities().keySet())
			.values()
			.stream()
			.map(ProductSnapshot::currency)
			.findFirst()
			.orElse(null);
	}

	private CartView price(Cart cart) {
		Map<UUID, Integer> quantities = cart.quantities();
		Map<UUID, ProductSnapshot> known = this.products.findAll(quantities.keySet());
		List<CartView.Item> items = quantities.entrySet().stream().map((line) -> {
			ProductSnapshot product = known.get(line.getKey());
			if (product == null) {
				return new CartView.Item(line.getKey(), null, null, line.getValue(), null, false);
			}
			return new CartView.Item(product.id(), product.name(), product.price(), line.getValue(),
					product.price().multiply(BigDecimal.valueOf(line.getValue())), product.available());
		})
			.sorted(Comparator.comparing(CartView.Item::name, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(CartView.Item::productId))
			.toList();
		BigDecimal total = items.stream()
			.filter(CartView.Item::available)
			.map(CartView.Item::lineTotal)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		String currency = known.values()
			.stream()
			.map(ProductSnapshot::currency)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(DEFAULT_CURRENCY);
		return new CartView(items, total, currency);
	}

}
