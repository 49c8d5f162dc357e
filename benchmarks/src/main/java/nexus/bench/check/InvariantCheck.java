package nexus.bench.check;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nexus.bench.check.PaymentSource.ProviderPayment;
import nexus.bench.check.StockSource.StockLevels;
import nexus.bench.load.OrderBook;
import nexus.bench.load.OrderState;

/**
 * Checks {@link Invariants} against a live stack: waits for the orders to become final,
 * looks for orders made by requests whose answer never came, then reads stock and
 * payments, and reads them again for a while if a rule that may be catching up (a sale or
 * a refund on its way) does not hold yet.
 */
public final class InvariantCheck {

	private final OrderBook orders;

	private final StockSource stock;

	private final PaymentSource payments;

	/**
	 * A check with its sources.
	 * @param orders reads orders
	 * @param stock reads stock, or {@code null} to skip the stock rules
	 * @param payments reads the provider's payments, or {@code null} to skip the payment
	 * rules
	 */
	public InvariantCheck(OrderBook orders, StockSource stock, PaymentSource payments) {
		this.orders = orders;
		this.stock = stock;
		this.payments = payments;
	}

	/**
	 * Runs the check.
	 * @param initialStock the stock each of the run's products started with
	 * @param accepted the orders the shop accepted
	 * @param customersToList customers with a request whose outcome is unknown (no
	 * answer, or a gateway error): all their orders are read, so that an order made for
	 * such a request is checked too
	 * @param finalTimeout how long orders may take to become final
	 * @param settleTimeout how long a rule that may be catching up is given
	 * @return what was checked and what broke
	 */
	public Report run(Map<String, Integer> initialStock, Collection<String> accepted,
			Collection<String> customersToList, Duration finalTimeout, Duration settleTimeout) {
		long started = System.nanoTime();
		Map<String, OrderState> known = new LinkedHashMap<>(this.orders.awaitFinal(accepted, finalTimeout).orders());
		int unseen = 0;
		for (String customer : customersToList) {
			for (OrderState order : this.orders.ordersOf(customer)) {
				if (known.putIfAbsent(order.id(), order) == null) {
					unseen++;
				}
			}
		}
		if (unseen > 0) {
			List<String> ids = known.values().stream().filter((order) -> !order.settled()).map(OrderState::id).toList();
			known.putAll(this.orders.awaitFinal(ids, finalTimeout).orders());
		}
		long settleBy = System.nanoTime() + settleTimeout.toNanos();
		while (true) {
			Invariants.Observed observed = observe(initialStock, accepted, known);
			List<Violation> violations = Invariants.check(observed);
			boolean catchingUp = violations.stream().anyMatch((v) -> Invariants.EVENTUAL.contains(v.rule()));
			if (!catchingUp || System.nanoTime() > settleBy) {
				return new Report(Invariants.rulesChecked(observed), Invariants.skipped(observed), violations,
						known.size(), accepted.size(), unseen, initialStock.size(),
						(observed.payments() != null) ? observed.payments().size() : 0,
						(System.nanoTime() - started) / 1e9);
			}
			pause();
		}
	}

	private Invariants.Observed observe(Map<String, Integer> initialStock, Collection<String> accepted,
			Map<String, OrderState> known) {
		Map<String, StockLevels> levels = (this.stock != null) ? this.stock.levels(initialStock.keySet()) : null;
		List<ProviderPayment> provider = (this.payments != null) ? this.payments.payments() : null;
		return new Invariants.Observed(initialStock, accepted, known, levels, provider);
	}

	private static void pause() {
		try {
			Thread.sleep(Duration.ofSeconds(2));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	/**
	 * What a check found.
	 *
	 * @param checked the rules that were checked
	 * @param skipped the rules that could not be, and why
	 * @param violations what broke, empty if nothing did
	 * @param orders orders checked
	 * @param accepted of which accepted with a 202
	 * @param unseen of which made for a request whose answer never came
	 * @param products products checked
	 * @param providerPayments payments the provider holds (all, not only the run's)
	 * @param seconds how long the check took
	 */
	public record Report(List<String> checked, Map<String, String> skipped, List<Violation> violations, int orders,
			int accepted, int unseen, int products, int providerPayments, double seconds) {

		public boolean passed() {
			return this.violations.isEmpty();
		}

	}

}
