package nexus.bench.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nexus.bench.check.PaymentSource.ProviderPayment;
import nexus.bench.check.StockSource.StockLevels;
import nexus.bench.load.OrderState;

/**
 * The rules that must hold after any run, however slow or faulty it was, as a pure
 * function of what was observed. Each rule names its violations with the ids involved.
 * <ul>
 * <li>{@value #ORDER_KNOWN}: every order the shop accepted (202) is known to
 * order-service (none lost);</li>
 * <li>{@value #ORDER_FINAL}: every order reached a final state (confirmed or
 * cancelled);</li>
 * <li>{@value #STOCK_ADDS_UP}: for each product, the stock put in = available + reserved
 * + sold;</li>
 * <li>{@value #STOCK_MATCHES_ORDERS}: once every order is final, each product's sold
 * units are those of its confirmed orders, and nothing is still held;</li>
 * <li>{@value #CHARGED_ONCE}: no order has more than one captured payment;</li>
 * <li>{@value #CAPTURE_CONFIRMED}: no payment is captured (and not refunded) for an order
 * that is not confirmed;</li>
 * <li>{@value #CONFIRMED_PAID}: every confirmed order has a captured payment that was not
 * refunded.</li>
 * </ul>
 * Stock and payment rules need their sources; without one they are skipped (and said to
 * be), never counted as passed.
 */
public final class Invariants {

	public static final String ORDER_KNOWN = "accepted-order-known";

	public static final String ORDER_FINAL = "order-final";

	public static final String STOCK_ADDS_UP = "stock-adds-up";

	public static final String STOCK_MATCHES_ORDERS = "stock-matches-orders";

	public static final String CHARGED_ONCE = "charged-at-most-once";

	public static final String CAPTURE_CONFIRMED = "capture-only-for-confirmed";

	public static final String CONFIRMED_PAID = "confirmed-order-paid";

	/**
	 * Rules whose violation may be a moment of catching up (a sale or a refund on its
	 * way), so they are read again for a while before they count.
	 */
	public static final Set<String> EVENTUAL = Set.of(STOCK_MATCHES_ORDERS, CAPTURE_CONFIRMED);

	/** Every rule, in the order they are reported. */
	public static final List<String> ALL = List.of(ORDER_KNOWN, ORDER_FINAL, STOCK_ADDS_UP, STOCK_MATCHES_ORDERS,
			CHARGED_ONCE, CAPTURE_CONFIRMED, CONFIRMED_PAID);

	private Invariants() {
	}

	/**
	 * Checks every rule that the observations allow.
	 * @param observed what was seen
	 * @return the violations, empty if every rule held
	 */
	public static List<Violation> check(Observed observed) {
		List<Violation> violations = new ArrayList<>();
		orders(observed, violations);
		if (observed.stock() != null) {
			stock(observed, violations);
		}
		if (observed.payments() != null) {
			payments(observed, violations);
		}
		return violations;
	}

	/**
	 * The rules that the observations allow.
	 * @param observed what was seen
	 * @return their names
	 */
	public static List<String> rulesChecked(Observed observed) {
		Map<String, String> skipped = skipped(observed);
		return ALL.stream().filter((rule) -> !skipped.containsKey(rule)).toList();
	}

	/**
	 * The rules that the observations do not allow, and why.
	 * @param observed what was seen
	 * @return rule to reason
	 */
	public static Map<String, String> skipped(Observed observed) {
		Map<String, String> skipped = new java.util.LinkedHashMap<>();
		if (observed.stock() == null) {
			skipped.put(STOCK_ADDS_UP, "no stock source (give the catalog database's JDBC URL)");
			skipped.put(STOCK_MATCHES_ORDERS, "no stock source (give the catalog database's JDBC URL)");
		}
		else if (!observed.orders().values().stream().allMatch(OrderState::settled)) {
			skipped.put(STOCK_MATCHES_ORDERS, "not every order is final, so sales cannot be compared with orders");
		}
		if (observed.payments() == null) {
			for (String rule : List.of(CHARGED_ONCE, CAPTURE_CONFIRMED, CONFIRMED_PAID)) {
				skipped.put(rule, "no payment source (give the payment simulator's URL)");
			}
		}
		return skipped;
	}

	private static void orders(Observed observed, List<Violation> violations) {
		List<String> lost = observed.accepted().stream().filter((id) -> !observed.orders().containsKey(id)).toList();
		if (!lost.isEmpty()) {
			violations.add(new Violation(ORDER_KNOWN,
					lost.size() + " accepted order(s) unknown to order-service (lost)", lost));
		}
		Map<String, List<String>> open = new TreeMap<>();
		observed.orders()
			.values()
			.stream()
			.filter((order) -> !order.settled())
			.forEach((order) -> open.computeIfAbsent(order.status(), (status) -> new ArrayList<>()).add(order.id()));
		open.forEach((status, ids) -> violations
			.add(new Violation(ORDER_FINAL, ids.size() + " order(s) still " + status + " at the end", ids)));
	}

	private static void stock(Observed observed, List<Violation> violations) {
		Map<String, Long> confirmedUnits = new HashMap<>();
		boolean allFinal = observed.orders().values().stream().allMatch(OrderState::settled);
		observed.orders()
			.values()
			.stream()
			.filter(OrderState::confirmed)
			.flatMap((order) -> order.lines().stream())
			.forEach((line) -> confirmedUnits.merge(line.productId(), (long) line.quantity(), Long::sum));
		new TreeMap<>(observed.initialStock()).forEach((productId, initial) -> {
			StockLevels levels = observed.stock().get(productId);
			if (levels == null) {
				violations.add(new Violation(STOCK_ADDS_UP, "product unknown to the stock source", List.of(productId)));
				return;
			}
			if (levels.total() != initial) {
				violations.add(new Violation(STOCK_ADDS_UP,
						"initial " + initial + " != available " + levels.available() + " + reserved "
								+ levels.reserved() + " + sold " + levels.sold() + " (= " + levels.total() + ")",
						List.of(productId)));
			}
			long confirmed = confirmedUnits.getOrDefault(productId, 0L);
			if (allFinal && (levels.sold() != confirmed || levels.reserved() != 0)) {
				violations.add(new Violation(
						STOCK_MATCHES_ORDERS, "sold " + levels.sold() + " and reserved " + levels.reserved()
								+ ", but confirmed orders hold " + confirmed + " unit(s) and none is open",
						List.of(productId)));
			}
		});
	}

	private static void payments(Observed observed, List<Violation> violations) {
		Map<String, List<ProviderPayment>> captured = new HashMap<>();
		for (ProviderPayment payment : observed.payments()) {
			if (payment.captured() && payment.orderId() != null && observed.orders().containsKey(payment.orderId())) {
				captured.computeIfAbsent(payment.orderId(), (id) -> new ArrayList<>()).add(payment);
			}
		}
		new TreeMap<>(captured).forEach((orderId, payments) -> {
			if (payments.size() > 1) {
				List<String> ids = new ArrayList<>(List.of(orderId));
				payments.forEach((payment) -> ids.add(payment.id()));
				long refunded = payments.stream().filter(ProviderPayment::refunded).count();
				violations.add(new Violation(CHARGED_ONCE,
						"order captured " + payments.size() + " times (" + refunded + " refunded)", ids));
			}
			OrderState order = observed.orders().get(orderId);
			List<ProviderPayment> kept = payments.stream().filter((payment) -> !payment.refunded()).toList();
			if (!order.confirmed() && !kept.isEmpty()) {
				List<String> ids = new ArrayList<>(List.of(orderId));
				kept.forEach((payment) -> ids.add(payment.id()));
				violations.add(new Violation(CAPTURE_CONFIRMED,
						"payment captured and not refunded for an order that is " + order.outcome(), ids));
			}
		});
		List<String> unpaid = observed.orders()
			.values()
			.stream()
			.filter(OrderState::confirmed)
			.filter((order) -> captured.getOrDefault(order.id(), List.of())
				.stream()
				.noneMatch((payment) -> !payment.refunded()))
			.map(OrderState::id)
			.sorted()
			.toList();
		if (!unpaid.isEmpty()) {
			violations.add(new Violation(CONFIRMED_PAID,
					unpaid.size() + " confirmed order(s) without a captured payment at the provider", unpaid));
		}
	}

	/**
	 * What was seen at the end of a run.
	 *
	 * @param initialStock the stock each of the run's products started with
	 * @param accepted ids of the orders the shop accepted (202)
	 * @param orders every order of the run that order-service knows, by id (the accepted
	 * ones and any it made for a request whose answer was lost)
	 * @param stock each product's stock, or {@code null} when there is no stock source
	 * @param payments the provider's payments, or {@code null} when there is no payment
	 * source
	 */
	public record Observed(Map<String, Integer> initialStock, Collection<String> accepted,
			Map<String, OrderState> orders, Map<String, StockLevels> stock, List<ProviderPayment> payments) {
	}

}
