package nexus.bench.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nexus.bench.check.PaymentSource.ProviderPayment;
import nexus.bench.check.StockSource.StockLevels;
import nexus.bench.load.OrderState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvariantsTest {

	private static final String SHOES = "11111111-1111-1111-1111-111111111111";

	private static final String SOCKS = "22222222-2222-2222-2222-222222222222";

	private static final Instant PLACED = Instant.parse("2026-01-01T10:00:00Z");

	private final Map<String, Integer> initial = Map.of(SHOES, 10, SOCKS, 5);

	private final Map<String, OrderState> orders = new LinkedHashMap<>();

	private final List<ProviderPayment> payments = new ArrayList<>();

	@Test
	void aConsistentRunBreaksNothingAndEveryRuleIsChecked() {
		confirmed("o1", SHOES, 2);
		confirmed("o2", SOCKS, 1);
		cancelled("o3", SHOES, 1, "OUT_OF_STOCK");

		Invariants.Observed observed = observed(List.of("o1", "o2", "o3"), stock(SHOES, 8, 0, 2),
				stock(SOCKS, 4, 0, 1));

		assertThat(Invariants.check(observed)).isEmpty();
		assertThat(Invariants.rulesChecked(observed)).containsExactlyElementsOf(Invariants.ALL);
		assertThat(Invariants.skipped(observed)).isEmpty();
	}

	@Test
	void anAcceptedOrderOrderServiceDoesNotKnowIsLost() {
		confirmed("o1", SHOES, 1);

		List<Violation> violations = Invariants
			.check(observed(List.of("o1", "lost-1"), stock(SHOES, 9, 0, 1), stock(SOCKS, 5, 0, 0)));

		assertThat(violations).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(Invariants.ORDER_KNOWN);
			assertThat(violation.ids()).containsExactly("lost-1");
		});
	}

	@Test
	void anOrderThatNeverEndedIsNamedAndSalesAreNotComparedWhileItIsOpen() {
		confirmed("o1", SHOES, 1);
		this.orders.put("o2", new OrderState("o2", "c", "AWAITING_PAYMENT", null, PLACED, null,
				List.of(new OrderState.Line(SHOES, 1))));

		Invariants.Observed observed = observed(List.of("o1", "o2"), stock(SHOES, 8, 1, 1), stock(SOCKS, 5, 0, 0));
		List<Violation> violations = Invariants.check(observed);

		assertThat(violations).extracting(Violation::rule).containsExactly(Invariants.ORDER_FINAL);
		assertThat(violations.getFirst().ids()).containsExactly("o2");
		assertThat(violations.getFirst().detail()).contains("AWAITING_PAYMENT");
		assertThat(Invariants.skipped(observed)).containsKey(Invariants.STOCK_MATCHES_ORDERS);
		assertThat(Invariants.rulesChecked(observed)).doesNotContain(Invariants.STOCK_MATCHES_ORDERS)
			.contains(Invariants.STOCK_ADDS_UP);
	}

	@Test
	void stockThatDoesNotAddUpToWhatWasPutInNamesTheProductAndTheFigures() {
		confirmed("o1", SHOES, 2);

		List<Violation> violations = Invariants
			.check(observed(List.of("o1"), stock(SHOES, 9, 0, 2), stock(SOCKS, 5, 0, 0)));

		assertThat(violations).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(Invariants.STOCK_ADDS_UP);
			assertThat(violation.ids()).containsExactly(SHOES);
			assertThat(violation.detail()).contains("initial 10").contains("available 9").contains("sold 2");
		});
	}

	@Test
	void aProductTheStockSourceDoesNotKnowIsAViolation() {
		List<Violation> violations = Invariants.check(observed(List.of(), stock(SHOES, 10, 0, 0)));

		assertThat(violations).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(Invariants.STOCK_ADDS_UP);
			assertThat(violation.ids()).containsExactly(SOCKS);
		});
	}

	@Test
	void salesThatDoNotMatchTheConfirmedOrdersOrStockStillHeldOnceAllIsFinalAreViolations() {
		confirmed("o1", SHOES, 2);
		cancelled("o2", SOCKS, 1, "PAYMENT_DECLINED");

		List<Violation> violations = Invariants
			.check(observed(List.of("o1", "o2"), stock(SHOES, 7, 0, 3), stock(SOCKS, 4, 1, 0)));

		assertThat(violations).extracting(Violation::rule)
			.containsExactly(Invariants.STOCK_MATCHES_ORDERS, Invariants.STOCK_MATCHES_ORDERS);
		assertThat(violations).extracting((violation) -> violation.ids().getFirst()).containsExactly(SHOES, SOCKS);
	}

	@Test
	void anOrderCapturedTwiceIsChargedTwiceEvenIfOneWasRefunded() {
		confirmed("o1", SHOES, 1);
		this.payments.add(new ProviderPayment("pi_second", "o1", 500, true, true));

		List<Violation> violations = Invariants
			.check(observed(List.of("o1"), stock(SHOES, 9, 0, 1), stock(SOCKS, 5, 0, 0)));

		assertThat(violations).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(Invariants.CHARGED_ONCE);
			assertThat(violation.ids()).containsExactly("o1", "pi_o1", "pi_second");
			assertThat(violation.detail()).contains("2 times").contains("1 refunded");
		});
	}

	@Test
	void aCaptureKeptOnACancelledOrderIsAViolationUnlessItWasRefunded() {
		cancelled("o1", SHOES, 1, "PAYMENT_UNAVAILABLE");
		this.payments.add(new ProviderPayment("pi_kept", "o1", 500, true, false));
		cancelled("o2", SHOES, 1, "PAYMENT_UNAVAILABLE");
		this.payments.add(new ProviderPayment("pi_refunded", "o2", 500, true, true));
		cancelled("o3", SHOES, 1, "PAYMENT_DECLINED");
		this.payments.add(new ProviderPayment("pi_declined", "o3", 500, false, false));

		List<Violation> violations = Invariants
			.check(observed(List.of("o1", "o2", "o3"), stock(SHOES, 10, 0, 0), stock(SOCKS, 5, 0, 0)));

		assertThat(violations).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(Invariants.CAPTURE_CONFIRMED);
			assertThat(violation.ids()).containsExactly("o1", "pi_kept");
			assertThat(violation.detail()).contains("CANCELLED PAYMENT_UNAVAILABLE");
		});
		assertThat(Invariants.EVENTUAL).contains(Invariants.CAPTURE_CONFIRMED);
	}

	@Test
	void aConfirmedOrderWithoutACaptureAtTheProviderIsAViolation() {
		confirmed("o1", SHOES, 1);
		this.payments.clear();

		List<Violation> violations = Invariants
			.check(observed(List.of("o1"), stock(SHOES, 9, 0, 1), stock(SOCKS, 5, 0, 0)));

		assertThat(violations).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(Invariants.CONFIRMED_PAID);
			assertThat(violation.ids()).containsExactly("o1");
		});
	}

	@Test
	void paymentsOfOrdersOutsideTheRunAreLeftAlone() {
		confirmed("o1", SHOES, 1);
		this.payments.add(new ProviderPayment("pi_other_1", "someone-elses", 500, true, false));
		this.payments.add(new ProviderPayment("pi_other_2", "someone-elses", 500, true, false));
		this.payments.add(new ProviderPayment("pi_no_order", null, 500, true, false));

		assertThat(Invariants.check(observed(List.of("o1"), stock(SHOES, 9, 0, 1), stock(SOCKS, 5, 0, 0)))).isEmpty();
	}

	@Test
	void withoutStockOrPaymentSourcesThoseRulesAreSkippedWithAReasonNotPassed() {
		confirmed("o1", SHOES, 1);
		Invariants.Observed observed = new Invariants.Observed(this.initial, List.of("o1"), this.orders, null, null);

		assertThat(Invariants.check(observed)).isEmpty();
		assertThat(Invariants.rulesChecked(observed)).containsExactly(Invariants.ORDER_KNOWN, Invariants.ORDER_FINAL);
		assertThat(Invariants.skipped(observed)).containsOnlyKeys(Invariants.STOCK_ADDS_UP,
				Invariants.STOCK_MATCHES_ORDERS, Invariants.CHARGED_ONCE, Invariants.CAPTURE_CONFIRMED,
				Invariants.CONFIRMED_PAID);
		assertThat(Invariants.skipped(observed).get(Invariants.STOCK_ADDS_UP)).contains("JDBC");
	}

	private void confirmed(String id, String product, int quantity) {
		this.orders.put(id, new OrderState(id, "c", "CONFIRMED", null, PLACED, PLACED.plusMillis(50),
				List.of(new OrderState.Line(product, quantity))));
		this.payments.add(new ProviderPayment("pi_" + id, id, 500L * quantity, true, false));
	}

	private void cancelled(String id, String product, int quantity, String reason) {
		this.orders.put(id, new OrderState(id, "c", "CANCELLED", reason, PLACED, PLACED.plusMillis(50),
				List.of(new OrderState.Line(product, quantity))));
	}

	private static StockLevels stock(String product, long available, long reserved, long sold) {
		return new StockLevels(product, available, reserved, sold);
	}

	private Invariants.Observed observed(List<String> accepted, StockLevels... levels) {
		Map<String, StockLevels> stock = new LinkedHashMap<>();
		for (StockLevels level : levels) {
			stock.put(level.productId(), level);
		}
		return new Invariants.Observed(this.initial, accepted, this.orders, stock, this.payments);
	}

}
