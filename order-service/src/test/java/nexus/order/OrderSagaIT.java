package nexus.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nexus.events.EventMetadata;
import nexus.events.Topics;
import nexus.events.catalog.StockLine;
import nexus.events.catalog.StockRejected;
import nexus.events.catalog.StockReserved;
import nexus.events.catalog.StockShortfall;
import nexus.events.order.CancellationReason;
import nexus.events.order.OrderAwaitingPayment;
import nexus.events.order.OrderCancelled;
import nexus.events.order.OrderConfirmed;
import nexus.events.order.OrderPlaced;
import nexus.events.order.PaymentFailed;
import nexus.events.order.PaymentRefunded;
import nexus.events.order.PaymentSucceeded;
import nexus.order.ordering.OrderDeadlines;
import nexus.paymentsimulator.Operation;
import nexus.testsupport.KafkaTestConsumer;
import nexus.testsupport.TestKafka;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The order saga end to end: the test plays catalog-service on the broker, the payment
 * simulator answers over HTTP.
 */
class OrderSagaIT extends OrderServiceIntegrationTest {

	@Autowired
	OrderDeadlines deadlines;

	@Test
	void reservedStockIsPaidAndTheOrderConfirmed() {
		UUID customer = UUID.randomUUID();
		UUID cup = givenProduct("Espresso cup", "19.99");
		UUID order = order(customer, cup, 3);

		stockReserved(order, cup, 3);

		awaitStatus(order, "CONFIRMED");
		assertThat(paymentStatusOf(order)).isEqualTo("SUCCEEDED");
		assertThat(simulator.intentsForOrder(order.toString())).singleElement().satisfies((intent) -> {
			assertThat(intent.amount()).isEqualTo(5997);
			assertThat(intent.charged()).isTrue();
		});
		assertThat(eventsOf(order)).extracting((event) -> event.getClass().getSimpleName())
			.containsExactly("OrderPlaced", "OrderAwaitingPayment", "PaymentSucceeded", "OrderConfirmed");
		OrderConfirmed confirmed = eventsOf(order, OrderConfirmed.class).get(0);
		assertThat(confirmed.lines()).singleElement().satisfies((line) -> {
			assertThat(line.productId()).isEqualTo(cup);
			assertThat(line.quantity()).isEqualTo(3);
			assertThat(line.unitPrice()).isEqualByComparingTo("19.99");
		});
		try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(TestKafka.bootstrapServers(), Topics.ORDERS)) {
			assertThat(
					consumer.awaitRecords((record) -> order.toString().equals(record.key()), 4, Duration.ofSeconds(30)))
				.extracting((record) -> KafkaTestConsumer.header(record, "ce_type"))
				.containsExactly("nexus.order.OrderPlaced", "nexus.order.OrderAwaitingPayment",
						"nexus.order.PaymentSucceeded", "nexus.order.OrderConfirmed");
		}
		this.http.get()
			.uri("/api/orders/{id}", order)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(customer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CONFIRMED")
			.jsonPath("$.history[*].status")
			.value((statuses) -> assertThat(statuses.toString()).contains("PENDING", "AWAITING_PAYMENT", "CONFIRMED"));
	}

	@Test
	void rejectedStockCancelsOutOfStockOrProductUnavailable() {
		UUID customer = UUID.randomUUID();
		UUID cup = givenProduct("Cup", "5.00");
		UUID short1 = order(customer, cup, 2);
		UUID gone = order(customer, cup, 1);

		publish(new StockRejected(short1,
				List.of(new StockShortfall(cup, 2, 1, StockShortfall.Reason.INSUFFICIENT_STOCK)), Instant.now()));
		publish(new StockRejected(gone,
				List.of(new StockShortfall(cup, 1, 0, StockShortfall.Reason.PRODUCT_UNAVAILABLE)), Instant.now()));

		awaitStatus(short1, "CANCELLED");
		awaitStatus(gone, "CANCELLED");
		assertThat(reasonOf(short1)).isEqualTo("OUT_OF_STOCK");
		assertThat(reasonOf(gone)).isEqualTo("PRODUCT_UNAVAILABLE");
		assertThat(eventsOf(short1, OrderCancelled.class)).singleElement()
			.extracting(OrderCancelled::reason)
			.isEqualTo(CancellationReason.OUT_OF_STOCK);
		assertThat(paymentStatusOf(short1)).isNull();
		assertThat(simulator.intentsForOrder(short1.toString())).isEmpty();
	}

	@Test
	void declinedPaymentCancelsTheOrderSoItsStockIsReleased() {
		UUID customer = UUID.randomUUID();
		UUID watch = givenProduct("Gold watch", "6000.00");
		UUID order = order(customer, watch, 1);

		stockReserved(order, watch, 1);

		awaitStatus(order, "CANCELLED");
		assertThat(reasonOf(order)).isEqualTo("PAYMENT_DECLINED");
		assertThat(paymentStatusOf(order)).isEqualTo("FAILED");
		assertThat(eventsOf(order, PaymentFailed.class)).singleElement()
			.extracting(PaymentFailed::reason)
			.isEqualTo(PaymentFailed.Reason.DECLINED);
		// OrderCancelled is what makes the catalogue give the reservation back.
		assertThat(eventsOf(order, OrderCancelled.class)).singleElement()
			.extracting(OrderCancelled::reason)
			.isEqualTo(CancellationReason.PAYMENT_DECLINED);
		assertThat(eventsOf(order, OrderConfirmed.class)).isEmpty();
		assertThat(simulator.intentsForOrder(order.toString())).noneMatch((intent) -> intent.charged());
	}

	@Test
	void duplicatedStockReservedChargesOnce() {
		UUID customer = UUID.randomUUID();
		UUID lamp = givenProduct("Lamp", "40.00");
		UUID order = order(customer, lamp, 1);
		StockReserved reserved = new StockReserved(order, List.of(new StockLine(lamp, 1)), Instant.now(),
				Instant.now().plus(Duration.ofMinutes(15)));

		double before = consumed("order-service.order-saga", "nexus.catalog.StockReserved");
		EventMetadata first = publish(reserved);
		publish(first, reserved);
		publish(reserved);

		awaitStatus(order, "CONFIRMED");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> consumed("order-service.order-saga", "nexus.catalog.StockReserved") >= before + 3);
		assertThat(simulator.intentsForOrder(order.toString())).singleElement()
			.satisfies((intent) -> assertThat(intent.charged()).isTrue());
		assertThat(simulator.requests(Operation.CONFIRM)).isEqualTo(1);
		assertThat(eventsOf(order, PaymentSucceeded.class)).hasSize(1);
		assertThat(eventsOf(order, OrderAwaitingPayment.class)).hasSize(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM payment WHERE order_id = :id")
			.param("id", order)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void stockWhoseReservationAlreadyExpiredIsNeverPaidFor() {
		UUID customer = UUID.randomUUID();
		UUID pen = givenProduct("Pen", "3.00");
		UUID order = order(customer, pen, 1);

		publish(new StockReserved(order, List.of(new StockLine(pen, 1)), Instant.now().minus(Duration.ofMinutes(15)),
				Instant.now().plusSeconds(10)));

		awaitStatus(order, "CANCELLED");
		assertThat(reasonOf(order)).isEqualTo("TIMED_OUT");
		assertThat(paymentStatusOf(order)).isNull();
		assertThat(simulator.intentsForOrder(order.toString())).isEmpty();
	}

	@Test
	void sagaDeadlineCancelsAnOrderStuckWaitingAndCompensates() {
		UUID customer = UUID.randomUUID();
		UUID mug = givenProduct("Mug", "8.00");
		UUID order = order(customer, mug, 1);

		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		this.deadlines.cancelOverdue();

		assertThat(statusOf(order)).isEqualTo("CANCELLED");
		assertThat(reasonOf(order)).isEqualTo("TIMED_OUT");
		assertThat(eventsOf(order, OrderCancelled.class)).singleElement()
			.extracting(OrderCancelled::reason)
			.isEqualTo(CancellationReason.TIMED_OUT);

		// The catalogue's late answer changes nothing and charges nothing.
		this.clock.reset();
		double before = consumed("order-service.order-saga", "nexus.catalog.StockReserved");
		stockReserved(order, mug, 1);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> consumed("order-service.order-saga", "nexus.catalog.StockReserved") >= before + 1);
		assertThat(statusOf(order)).isEqualTo("CANCELLED");
		assertThat(paymentStatusOf(order)).isNull();
	}

	@Test
	void cancellingAPaidOrderRefundsIt() {
		UUID customer = UUID.randomUUID();
		UUID chair = givenProduct("Chair", "120.00");
		UUID order = order(customer, chair, 2);
		stockReserved(order, chair, 2);
		awaitStatus(order, "CONFIRMED");

		this.http.post()
			.uri("/api/orders/{id}/cancel", order)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(customer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.statusReason")
			.isEqualTo("CANCELLED_BY_CUSTOMER");

		await().atMost(Duration.ofSeconds(30)).until(() -> "REFUNDED".equals(paymentStatusOf(order)));
		assertThat(eventsOf(order, PaymentRefunded.class)).singleElement()
			.satisfies((refunded) -> assertThat(refunded.amount()).isEqualByComparingTo(new BigDecimal("240.00")));
		assertThat(simulator.intentsForOrder(order.toString())).singleElement()
			.satisfies((intent) -> assertThat(intent.refunded()).isTrue());
	}

	@Test
	void administratorsShipAndDeliverAndAShippedOrderCannotBeCancelled() {
		UUID customer = UUID.randomUUID();
		UUID desk = givenProduct("Desk", "300.00");
		UUID order = order(customer, desk, 1);
		stockReserved(order, desk, 1);
		awaitStatus(order, "CONFIRMED");

		this.http.post()
			.uri("/api/orders/{id}/ship", order)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(customer))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.post()
			.uri("/api/orders/{id}/deliver", order)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin())
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/illegal-status-change");
		this.http.post()
			.uri("/api/orders/{id}/ship", order)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("SHIPPED");
		this.http.post()
			.uri("/api/orders/{id}/cancel", order)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(customer))
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		this.http.post()
			.uri("/api/orders/{id}/deliver", order)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin())
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(statusOf(order)).isEqualTo("DELIVERED");
		assertThat(eventsOf(order)).extracting((event) -> event.getClass().getSimpleName())
			.endsWith("OrderConfirmed", "OrderShipped", "OrderDelivered");
		assertThat(eventsOf(order, OrderPlaced.class)).singleElement()
			.satisfies((placed) -> assertThat(placed.totalAmount()).isEqualByComparingTo("300.00"));
	}

}
