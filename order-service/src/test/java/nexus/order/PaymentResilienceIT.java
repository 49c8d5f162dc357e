package nexus.order;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import nexus.events.order.CancellationReason;
import nexus.events.order.OrderCancelled;
import nexus.events.order.OrderConfirmed;
import nexus.events.order.PaymentFailed;
import nexus.events.order.PaymentRefunded;
import nexus.events.order.PaymentSucceeded;
import nexus.paymentsimulator.Operation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every guard around the payment provider, against the simulator misbehaving for real:
 * time limiter and retry (slow, failing), circuit breaker (down), bulkhead (crowded), and
 * the webhook that settles a charge whose answer never came back. Guard settings are the
 * tight ones of {@link OrderServiceIntegrationTest}: 1 s per attempt, 3 attempts, breaker
 * judging 4+ calls and open for 5 s, 2 calls in flight.
 */
class PaymentResilienceIT extends OrderServiceIntegrationTest {

	@Autowired
	MeterRegistry meters;

	@Test
	void slowProviderIsRetriedWithTheSameKeyAndChargesOnce() {
		UUID customer = UUID.randomUUID();
		UUID kettle = givenProduct("Kettle", "35.00");
		UUID order = order(customer, kettle, 1);
		simulator.slowDown(Duration.ofMillis(1500), 1, Operation.CREATE);

		stockReserved(order, kettle, 1);

		awaitStatus(order, "CONFIRMED");
		assertThat(simulator.requests(Operation.CREATE)).isEqualTo(2);
		assertThat(simulator.intentsForOrder(order.toString())).singleElement()
			.satisfies((intent) -> assertThat(intent.charged()).isTrue());
		assertThat(this.meters.get("nexus.payment.provider.calls").tag("operation", "create").timer().count())
			.isPositive();
	}

	@Test
	void failingProviderIsRetriedToSuccess() {
		UUID customer = UUID.randomUUID();
		UUID toaster = givenProduct("Toaster", "25.00");
		UUID order = order(customer, toaster, 1);
		simulator.failNext(2, Operation.CREATE);

		stockReserved(order, toaster, 1);

		awaitStatus(order, "CONFIRMED");
		assertThat(simulator.requests(Operation.CREATE)).isEqualTo(3);
		assertThat(simulator.intentsForOrder(order.toString())).hasSize(1);
		assertThat(eventsOf(order, PaymentSucceeded.class)).hasSize(1);
	}

	@Test
	void providerDownOpensTheBreakerOrdersEndPaymentUnavailableAndItRecovers() {
		UUID customer = UUID.randomUUID();
		UUID fan = givenProduct("Fan", "45.00");
		simulator.down();

		UUID first = order(customer, fan, 1);
		stockReserved(first, fan, 1);
		awaitStatus(first, "CANCELLED");
		UUID second = order(customer, fan, 1);
		stockReserved(second, fan, 1);
		awaitStatus(second, "CANCELLED");

		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(List.of(reasonOf(first), reasonOf(second))).containsOnly("PAYMENT_UNAVAILABLE");
		assertThat(eventsOf(first, PaymentFailed.class)).singleElement()
			.extracting(PaymentFailed::reason)
			.isEqualTo(PaymentFailed.Reason.PROVIDER_UNAVAILABLE);
		assertThat(eventsOf(second, OrderCancelled.class)).singleElement()
			.extracting(OrderCancelled::reason)
			.isEqualTo(CancellationReason.PAYMENT_UNAVAILABLE);
		assertThat(prometheus()).contains("nexus_payment_breaker_state{application=\"order-service\"} 1.0");

		// Back up, but the breaker is still open: the next order fails fast, the provider
		// never sees it.
		simulator.up();
		UUID third = order(customer, fan, 1);
		stockReserved(third, fan, 1);
		awaitStatus(third, "CANCELLED");
		assertThat(reasonOf(third)).isEqualTo("PAYMENT_UNAVAILABLE");
		assertThat(simulator.requests(Operation.CREATE)).isZero();

		// After its wait the breaker lets trial calls through, and closes on success.
		await().atMost(Duration.ofSeconds(20)).until(() -> this.breaker.getState() == CircuitBreaker.State.HALF_OPEN);
		UUID fourth = order(customer, fan, 1);
		stockReserved(fourth, fan, 1);
		awaitStatus(fourth, "CONFIRMED");
		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void bulkheadKeepsCallsInFlightWithinItsLimit() {
		UUID customer = UUID.randomUUID();
		UUID book = givenProduct("Book", "12.00");
		List<UUID> orders = IntStream.range(0, 4).mapToObj((i) -> order(customer, book, 1)).toList();
		double rejectedBefore = this.meters.get("nexus.payment.bulkhead.rejected").counter().count();
		simulator.slowDown(Duration.ofMillis(700), 4, Operation.CREATE);

		orders.forEach((order) -> stockReserved(order, book, 1));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> orders.stream()
				.allMatch((order) -> List.of("CONFIRMED", "CANCELLED").contains(statusOf(order))));
		assertThat(simulator.maxConcurrentRequests()).isLessThanOrEqualTo(2);
		assertThat(this.meters.get("nexus.payment.bulkhead.rejected").counter().count()).isGreaterThan(rejectedBefore);
		assertThat(orders).filteredOn((order) -> "CONFIRMED".equals(statusOf(order))).isNotEmpty();
		assertThat(orders).filteredOn((order) -> "CANCELLED".equals(statusOf(order)))
			.allSatisfy((order) -> assertThat(reasonOf(order)).isEqualTo("PAYMENT_UNAVAILABLE"));
	}

	@Test
	void chargeThatTimedOutButSucceededLateIsRefunded() {
		UUID customer = UUID.randomUUID();
		UUID sofa = givenProduct("Sofa", "900.00");
		UUID order = order(customer, sofa, 1);
		// Every confirm attempt outlasts the time limiter; the first still succeeds at
		// the
		// provider, after the order gave up, and its webhook tells the service.
		simulator.slowDown(Duration.ofSeconds(5), 3, Operation.CONFIRM);

		stockReserved(order, sofa, 1);

		awaitStatus(order, "CANCELLED");
		assertThat(reasonOf(order)).isEqualTo("PAYMENT_UNAVAILABLE");
		// Three confirm attempts, each timed out by the time limiter, all with one key.
		assertThat(simulator.requests(Operation.CONFIRM)).isEqualTo(3);
		await().atMost(Duration.ofSeconds(40)).until(() -> "REFUNDED".equals(paymentStatusOf(order)));
		assertThat(statusOf(order)).isEqualTo("CANCELLED");
		assertThat(eventsOf(order)).extracting((event) -> event.getClass().getSimpleName())
			.containsSubsequence("PaymentFailed", "OrderCancelled", "PaymentSucceeded", "PaymentRefunded")
			.doesNotContain(OrderConfirmed.class.getSimpleName());
		assertThat(eventsOf(order, PaymentRefunded.class)).hasSize(1);
		assertThat(simulator.intentsForOrder(order.toString())).singleElement()
			.satisfies((intent) -> assertThat(intent.refunded()).isTrue());
	}

	private String prometheus() {
		return this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
