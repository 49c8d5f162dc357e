package nexus.order;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
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
	void providerDownFor20SecondsOpensTheBreakerButOrdersWaitAndArePaidOnceItIsBack() {
		UUID customer = UUID.randomUUID();
		UUID fan = givenProduct("Fan", "45.00");
		simulator.down();
		UUID first = order(customer, fan, 1);
		stockReserved(first, fan, 1);
		UUID second = order(customer, fan, 1);
		stockReserved(second, fan, 1);

		await().atMost(Duration.ofSeconds(20)).until(() -> this.breaker.getState() == CircuitBreaker.State.OPEN);
		assertThat(prometheus()).contains("nexus_payment_breaker_state{application=\"order-service\"} 1.0");
		// An order that arrives while the breaker is open waits too.
		UUID third = order(customer, fan, 1);
		stockReserved(third, fan, 1);
		long downSince = System.nanoTime();
		await().atMost(Duration.ofSeconds(25))
			.until(() -> System.nanoTime() - downSince > Duration.ofSeconds(20).toNanos());
		for (UUID order : List.of(first, second, third)) {
			assertThat(statusOf(order)).isEqualTo("AWAITING_PAYMENT");
			assertThat(eventsOf(order, PaymentFailed.class)).isEmpty();
		}
		assertThat(this.meters.get("nexus.payments").tag("outcome", "deferred").counter().count()).isPositive();

		simulator.up();

		for (UUID order : List.of(first, second, third)) {
			await().atMost(Duration.ofSeconds(40)).until(() -> "CONFIRMED".equals(statusOf(order)));
			assertThat(simulator.intentsForOrder(order.toString())).filteredOn((intent) -> intent.charged()).hasSize(1);
			assertThat(eventsOf(order, PaymentSucceeded.class)).hasSize(1);
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> this.breaker.getState() == CircuitBreaker.State.CLOSED);
	}

	@Test
	void aCrowdedBulkheadMakesChargesWaitNotFail() {
		UUID customer = UUID.randomUUID();
		UUID book = givenProduct("Book", "12.00");
		List<UUID> orders = IntStream.range(0, 4).mapToObj((i) -> order(customer, book, 1)).toList();
		double rejectedBefore = this.meters.get("nexus.payment.bulkhead.rejected").counter().count();
		simulator.slowDown(Duration.ofMillis(700), 4, Operation.CREATE);

		orders.forEach((order) -> stockReserved(order, book, 1));

		await().atMost(Duration.ofSeconds(40))
			.until(() -> orders.stream().allMatch((order) -> "CONFIRMED".equals(statusOf(order))));
		assertThat(simulator.maxConcurrentRequests()).isLessThanOrEqualTo(2);
		assertThat(this.meters.get("nexus.payment.bulkhead.rejected").counter().count()).isGreaterThan(rejectedBefore);
		orders.forEach((order) -> assertThat(eventsOf(order, PaymentFailed.class)).isEmpty());
	}

	@Test
	void aConfirmSlowedTo3SecondsIsTriedAgainLaterAndChargesOnce() {
		UUID customer = UUID.randomUUID();
		UUID lamp = givenProduct("Lamp", "30.00");
		UUID order = order(customer, lamp, 1);
		// Each confirm outlasts the 1 s time limit, for the first attempt's three tries.
		simulator.slowDown(Duration.ofSeconds(3), 3, Operation.CONFIRM);

		stockReserved(order, lamp, 1);

		awaitStatus(order, "CONFIRMED");
		assertThat(simulator.intentsForOrder(order.toString())).singleElement()
			.satisfies((intent) -> assertThat(intent.charged()).isTrue());
		assertThat(eventsOf(order, PaymentSucceeded.class)).hasSize(1);
		assertThat(eventsOf(order, PaymentFailed.class)).isEmpty();
	}

	@Test
	void pastItsDueTimeTheProviderIsAskedFirstAndALateCaptureIsRefunded() {
		UUID customer = UUID.randomUUID();
		UUID sofa = givenProduct("Sofa", "900.00");
		UUID order = order(customer, sofa, 1);
		// Every confirm outlasts the time limiter; the first still succeeds at the
		// provider, after the order gave up, and its webhook tells the service.
		simulator.slowDown(Duration.ofSeconds(5), 20, Operation.CONFIRM);

		// Due 3 s from now: the stock is held for the 30 s margin and 3 s more.
		stockReserved(order, sofa, 1, Duration.ofSeconds(33));

		awaitStatus(order, "CANCELLED");
		assertThat(reasonOf(order)).isIn("PAYMENT_UNAVAILABLE", "TIMED_OUT");
		await().atMost(Duration.ofSeconds(40)).until(() -> "REFUNDED".equals(paymentStatusOf(order)));
		// When its attempt came back without an answer, past the due time, the run asked
		// the provider (which had not finished the confirm yet) before failing the
		// charge.
		assertThat(simulator.requests(Operation.RETRIEVE)).as("the provider was asked before giving up").isPositive();
		assertThat(statusOf(order)).isEqualTo("CANCELLED");
		assertThat(eventsOf(order)).extracting((event) -> event.getClass().getSimpleName())
			.containsSubsequence("OrderCancelled", "PaymentSucceeded", "PaymentRefunded")
			.doesNotContain(OrderConfirmed.class.getSimpleName());
		assertThat(eventsOf(order, PaymentRefunded.class)).hasSize(1);
		assertThat(simulator.intentsForOrder(order.toString()))
			.filteredOn((intent) -> "succeeded".equals(intent.status()))
			.singleElement()
			.satisfies((intent) -> assertThat(intent.refunded()).isTrue());
	}

	@Test
	void aCaptureWhoseWebhookWasLostIsFoundByReconciliationAndRefunded() {
		UUID customer = UUID.randomUUID();
		UUID desk = givenProduct("Desk", "250.00");
		UUID order = order(customer, desk, 1);
		double refundedBefore = this.meters.get("nexus.payment.reconciliations")
			.tag("outcome", "refunded")
			.counter()
			.count();
		simulator.sendWebhooksTo(null);
		simulator.slowDown(Duration.ofSeconds(5), 20, Operation.CONFIRM);

		stockReserved(order, desk, 1, Duration.ofSeconds(33));

		awaitStatus(order, "CANCELLED");
		await().atMost(Duration.ofSeconds(40)).until(() -> "REFUNDED".equals(paymentStatusOf(order)));
		assertThat(statusOf(order)).isEqualTo("CANCELLED");
		assertThat(simulator.webhookDeliveries()).isEmpty();
		assertThat(simulator.intentsForOrder(order.toString()))
			.filteredOn((intent) -> "succeeded".equals(intent.status()))
			.singleElement()
			.satisfies((intent) -> assertThat(intent.refunded()).isTrue());
		assertThat(this.meters.get("nexus.payment.reconciliations").tag("outcome", "refunded").counter().count())
			.isGreaterThan(refundedBefore);
		assertThat(prometheus()).contains("nexus_payment_reconciliations_total{application=\"order-service\"");
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
