package nexus.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import nexus.bench.shop.Http;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderLoadTest {

	@Test
	void pacedLoadSendsOnScheduleAndCountsLatencyFromTheScheduledMoment() {
		// A placer that stalls once: the orders due meanwhile must count the stall.
		AtomicInteger calls = new AtomicInteger();
		OrderPlacer placer = (due) -> {
			long start = System.nanoTime();
			if (calls.incrementAndGet() == 1) {
				sleep(300);
			}
			return new Placement(due, start, System.nanoTime(), 202, "o" + calls.get(), null, "c", "p", 1);
		};

		OrderLoad.LoadWindow window = OrderLoad.paced(placer, 20, Duration.ofSeconds(1));

		assertThat(window.placements()).hasSize(20);
		List<Long> due = window.placements().stream().map(Placement::intendedNanos).sorted().toList();
		for (int i = 0; i < due.size(); i++) {
			assertThat(due.get(i) - window.startNanos()).isEqualTo(i * 50_000_000L);
		}
		assertThat(window.placements()).allSatisfy(
				(placement) -> assertThat(placement.startNanos()).isGreaterThanOrEqualTo(placement.intendedNanos()));
		assertThat(window.sendLag().count()).isEqualTo(20);
		assertThat(window.acceptedIds()).hasSize(20);
	}

	@Test
	void pacedLoadStopsWhenToldAndItsWindowEndsThere() {
		AtomicInteger calls = new AtomicInteger();
		OrderPlacer placer = (due) -> new Placement(due, System.nanoTime(), System.nanoTime(), 202,
				"o" + calls.incrementAndGet(), null, "c", "p", 1);

		OrderLoad.LoadWindow window = OrderLoad.paced(placer, 20, Duration.ofMinutes(10), () -> calls.get() >= 5);

		assertThat(window.placements()).hasSizeBetween(5, 6);
		assertThat(window.seconds()).isLessThan(5);
		assertThat(window.placements())
			.allSatisfy((placement) -> assertThat(placement.intendedNanos()).isLessThan(window.endNanos()));
	}

	@Test
	void aClosedLoopSendsTheNextOrderOnlyAfterTheLastWasAnswered() {
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		OrderPlacer placer = (due) -> {
			long start = System.nanoTime();
			most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			sleep(20);
			inFlight.decrementAndGet();
			return new Placement(due, start, System.nanoTime(), 202, "o", null, "c", "p", 1);
		};

		OrderLoad.LoadWindow window = OrderLoad.closedLoop(placer, 3, Duration.ofMillis(500));

		assertThat(most.get()).isLessThanOrEqualTo(3);
		assertThat(window.placements()).isNotEmpty()
			.allSatisfy((placement) -> assertThat(placement.startNanos()).isLessThan(window.endNanos()));
		assertThat(window.sendLag().count()).isZero();
	}

	@Test
	void anOrderPageIsReadWithOrderServicesOwnTimestamps() {
		OrderState state = OrderBook.state(Http.parse("""
				{"id":"o1","customerId":"c1","status":"CANCELLED","statusReason":"PAYMENT_UNAVAILABLE",
				 "items":[{"productId":"p1","name":"Cup","unitPrice":"9.99","quantity":2}],
				 "totalAmount":"19.98","currency":"USD",
				 "createdAt":"2026-01-01T10:00:00.100Z","updatedAt":"2026-01-01T10:00:02.600Z",
				 "history":[{"status":"PENDING","reason":null,"at":"2026-01-01T10:00:00.100Z"},
				            {"status":"AWAITING_PAYMENT","reason":null,"at":"2026-01-01T10:00:00.200Z"},
				            {"status":"CANCELLED","reason":"PAYMENT_UNAVAILABLE","at":"2026-01-01T10:00:02.600Z"}]}
				"""));

		assertThat(state.settled()).isTrue();
		assertThat(state.confirmed()).isFalse();
		assertThat(state.outcome()).isEqualTo("CANCELLED PAYMENT_UNAVAILABLE");
		assertThat(state.sagaDuration()).isEqualTo(Duration.ofMillis(2500));
		assertThat(state.lines()).containsExactly(new OrderState.Line("p1", 2));
		assertThat(state.customerId()).isEqualTo("c1");

		OrderState pending = OrderBook.state(Http.parse("""
				{"id":"o2","status":"AWAITING_PAYMENT","statusReason":null,"items":[],
				 "createdAt":"2026-01-01T10:00:00Z","history":[{"status":"PENDING","at":"2026-01-01T10:00:00Z"}]}
				"""));
		assertThat(pending.settled()).isFalse();
		assertThat(pending.reason()).isNull();
		assertThat(pending.sagaDuration()).isNull();
	}

	@Test
	void aMissingAnswerOrAServerErrorLeavesTheOutcomeUnknownARefusalDoesNot() {
		assertThat(placement(0).outcomeUnknown()).isTrue();
		assertThat(placement(504).outcomeUnknown()).isTrue();
		assertThat(placement(500).outcomeUnknown()).isTrue();
		assertThat(placement(503).outcomeUnknown()).isTrue();
		assertThat(placement(429).outcomeUnknown()).isFalse();
		assertThat(placement(202).outcomeUnknown()).isFalse();
		assertThat(placement(0).code()).isEqualTo("timeout");
		assertThat(placement(503).code()).isEqualTo("503");
	}

	private static Placement placement(int status) {
		return new Placement(0, 0, 1, status, (status == 202) ? "o" : null, (status == 0) ? "timeout" : null, "c", "p",
				1);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
