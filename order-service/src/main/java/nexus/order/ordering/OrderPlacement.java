package nexus.order.ordering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nexus.order.cart.Carts;
import nexus.order.catalogcopy.ProductCopies;
import nexus.order.catalogcopy.ProductSnapshot;
import nexus.order.usercopy.UserCopies;
import nexus.platform.domain.InvalidValue;
import nexus.platform.domain.NotPermitted;
import nexus.platform.domain.RuleViolation;
import nexus.platform.observability.TraceContextCapture;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places orders, once per customer and {@code Idempotency-Key}: a repeat with the same
 * request gets the first order back, a repeat with another request is refused, and
 * concurrent repeats race on a unique index that only one of them can win.
 */
@Service
public class OrderPlacement {

	/**
	 * The first line of the text a fingerprint is taken of; a new form gets a new one.
	 */
	private static final String CANONICAL_VERSION = "nexus.order.place/2";

	private final OrderRepository orders;

	private final ProductCopies products;

	private final UserCopies users;

	private final Carts carts;

	private final OrderMetrics metrics;

	private final OrderingProperties properties;

	private final TransactionTemplate transactions;

	private final TraceContextCapture traces;

	private final Clock clock;

	OrderPlacement(OrderRepository orders, ProductCopies products, UserCopies users, Carts carts, OrderMetrics metrics,
			OrderingProperties properties, TransactionTemplate transactions, TraceContextCapture traces, Clock clock) {
		this.orders = orders;
		this.products = products;
		this.users = users;
		this.carts = carts;
		this.metrics = metrics;
		this.properties = properties;
		this.transactions = transactions;
		this.traces = traces;
		this.clock = clock;
	}

	/**
	 * Places an order, or returns the one this key already placed.
	 * @param customerId the caller
	 * @param idempotencyKey the client's key
	 * @param request what to order
	 * @return the order, and whether this call created it
	 */
	public Placed place(UUID customerId, String idempotencyKey, PlaceOrder request) {
		String hash = fingerprint(request);
		Optional<Placed> earlier = earlier(customerId, idempotencyKey, request);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		try {
			return this.transactions.execute((status) -> placeNew(customerId, idempotencyKey, hash, request));
		}
		catch (DataIntegrityViolationException ex) {
			// Another request with the same key committed first.
			return earlier(customerId, idempotencyKey, request).orElseThrow(() -> ex);
		}
	}

	private Optional<Placed> earlier(UUID customerId, String idempotencyKey, PlaceOrder request) {
		return this.transactions.execute(
				(status) -> this.orders.findByCustomerIdAndIdempotencyKey(customerId, idempotencyKey).map((order) -> {
					if (!sameRequest(order.requestHash(), request)) {
						throw new RuleViolation("idempotency-key-reused", "Idempotency key reused",
								"This Idempotency-Key was used for a different order; use a new key for a new order");
					}
					return new Placed(OrderView.of(order), false);
				}));
	}

	private Placed placeNew(UUID customerId, String idempotencyKey, String hash, PlaceOrder request) {
		if (this.users.isDeactivated(customerId)) {
			throw new NotPermitted("account-inactive", "Account inactive", "A deactivated account cannot order");
		}
		List<PlaceOrder.Line> lines = request.fromCart() ? this.carts.linesOf(customerId)
			.stream()
			.map((line) -> new PlaceOrder.Line(line.productId(), line.quantity()))
			.toList() : request.lines();
		checkShape(lines, request.fromCart());
		Map<UUID, ProductSnapshot> known = this.products
			.findAll(lines.stream().map(PlaceOrder.Line::productId).toList());
		List<OrderItem> items = lines.stream().map((line) -> item(line, known.get(line.productId()))).toList();
		Set<String> currencies = new HashSet<>();
		known.values().forEach((product) -> currencies.add(product.currency()));
		if (currencies.size() > 1) {
			throw new RuleViolation("mixed-currencies", "Mixed currencies",
					"All lines of an order must be in one currency, not " + currencies);
		}
		Order order = Order.place(UUID.randomUUID(), customerId, items, currencies.iterator().next(), idempotencyKey,
				hash, this.clock.instant());
		order.traceWith(this.traces.current());
		this.orders.saveAndFlush(order);
		if (request.fromCart()) {
			this.carts.clear(customerId);
		}
		this.metrics.placed();
		return new Placed(OrderView.of(order), true);
	}

	private void checkShape(List<PlaceOrder.Line> lines, boolean fromCart) {
		if (lines.isEmpty()) {
			throw fromCart ? new RuleViolation("empty-cart", "Empty cart", "The cart is empty")
					: new InvalidValue("empty-order", "Empty order", "items", "An order needs at least one line");
		}
		if (lines.size() > this.properties.maxLines()) {
			throw new RuleViolation("too-many-lines", "Too many lines",
					"An order has at most " + this.properties.maxLines() + " lines");
		}
		Set<UUID> seen = new HashSet<>();
		for (PlaceOrder.Line line : lines) {
			if (!seen.add(line.productId())) {
				throw new InvalidValue("duplicate-product", "Duplicate product", "items",
						"Product " + line.productId() + " appears on two lines; put the quantities on one");
			}
		}
	}

	private static OrderItem item(PlaceOrder.Line line, ProductSnapshot product) {
		if (product == null) {
			throw new RuleViolation("unknown-product", "Unknown product",
					"Product " + line.productId() + " is not in the catalogue");
		}
		if (!product.available()) {
			throw new RuleViolation("product-unavailable", "Product unavailable",
					"Product " + line.productId() + " (" + product.name() + ") can no longer be ordered");
		}
		return new OrderItem(product.id(), product.name(), product.price(), line.quantity());
	}

	/**
	 * The fingerprint of a placement request, by which a retry with the same
	 * {@code Idempotency-Key} is recognised: SHA-256 of a text built from explicit
	 * fields, with the lines sorted (by product, then quantity), so that a retry listing
	 * the same lines in another order is the same request.
	 * @param request the request
	 * @return 64 hex digits
	 */
	static String fingerprint(PlaceOrder request) {
		StringBuilder text = new StringBuilder(CANONICAL_VERSION).append('\n')
			.append("fromCart=")
			.append(request.fromCart())
			.append('\n');
		request.lines()
			.stream()
			.sorted(Comparator.comparing(PlaceOrder.Line::productId).thenComparingInt(PlaceOrder.Line::quantity))
			.forEach((line) -> text.append(line.productId()).append(' ').append(line.quantity()).append('\n'));
		return sha256(text.toString());
	}

	/**
	 * Whether a stored fingerprint is that of this request. Orders placed before the
	 * canonical fingerprint (ADR 0015) stored SHA-256 of the request record's
	 * {@code toString()}, in the order the client listed the lines; such an order is
	 * still recognised by that form, rebuilt here from explicit fields, so that a retry
	 * after an upgrade gets its order back as before (a retry with the lines reordered is
	 * refused for those orders only, as it was when they were placed).
	 * @param stored the fingerprint stored with the order
	 * @param request the request now
	 * @return whether the request is the one the order was placed with
	 */
	static boolean sameRequest(String stored, PlaceOrder request) {
		return stored.equals(fingerprint(request)) || stored.equals(firstReleaseFingerprint(request));
	}

	private static String firstReleaseFingerprint(PlaceOrder request) {
		StringBuilder text = new StringBuilder("PlaceOrder[lines=[");
		for (int i = 0; i < request.lines().size(); i++) {
			PlaceOrder.Line line = request.lines().get(i);
			text.append((i > 0) ? ", " : "")
				.append("Line[productId=")
				.append(line.productId())
				.append(", quantity=")
				.append(line.quantity())
				.append(']');
		}
		return sha256(text.append("], fromCart=").append(request.fromCart()).append(']').toString());
	}

	private static String sha256(String text) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The outcome of a placement.
	 *
	 * @param order the order
	 * @param created whether this call placed it (rather than finding it placed)
	 */
	public record Placed(OrderView order, boolean created) {
	}

}
