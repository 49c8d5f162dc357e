package nexus.catalog.stock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import nexus.catalog.CatalogClient;
import nexus.catalog.CatalogIntegrationTest;
import nexus.catalog.StockFixtures;
import nexus.events.EventMetadata;
import nexus.events.Topics;
import nexus.events.catalog.ProductStockLow;
import nexus.events.catalog.StockEvent;
import nexus.events.catalog.StockLine;
import nexus.events.catalog.StockRejected;
import nexus.events.catalog.StockReleased;
import nexus.events.catalog.StockReserved;
import nexus.events.catalog.StockShortfall;
import nexus.events.order.OrderPlaced;
import nexus.events.order.OrderShipped;
import nexus.testsupport.KafkaTestConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static nexus.catalog.StockFixtures.answers;
import static nexus.catalog.StockFixtures.cancelled;
import static nexus.catalog.StockFixtures.confirmed;
import static nexus.catalog.StockFixtures.line;
import static nexus.catalog.StockFixtures.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catalogue's side of the order saga, driven by order events on the real broker:
 * all-or-nothing reservation, sale, cancellation, expiry, late confirmation, duplicates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class StockSagaIT extends CatalogIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReservationExpiry expiry;

	@Autowired
	MeterRegistry meters;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	CatalogClient catalog;

	StockFixtures stock;

	KafkaTestConsumer stockTopic;

	KafkaTestConsumer productTopic;

	UUID category;

	final UUID customer = UUID.randomUUID();

	@BeforeAll
	void subscribe() {
		this.stockTopic = KafkaTestConsumer.subscribe(this.kafka, Topics.STOCK);
		this.productTopic = KafkaTestConsumer.subscribe(this.kafka, Topics.PRODUCTS);
	}

	@AfterAll
	void unsubscribe() {
		this.stockTopic.close();
		this.productTopic.close();
	}

	@BeforeEach
	void catalog() {
		this.catalog = new CatalogClient(this.port);
		this.stock = new StockFixtures(this.jdbc);
		this.category = this.catalog.createCategory("Saga " + UUID.randomUUID());
	}

	@Test
	void reservesEveryLineOfAnOrderThatStockCovers() {
		UUID shoes = product(10);
		UUID socks = product(5);
		OrderPlaced order = placed(UUID.randomUUID(), this.customer, line(shoes, 3), line(socks, 2), line(shoes, 1));

		publish(order);

		StockEvent answer = answers(this.stockTopic, order.orderId(), 1).get(0);
		assertThat(answer).isInstanceOfSatisfying(StockReserved.class, (reserved) -> {
			assertThat(reserved.lines()).containsExactlyInAnyOrder(new StockLine(shoes, 4), new StockLine(socks, 2));
			assertThat(reserved.expiresAt()).isAfter(reserved.reservedAt().plus(Duration.ofMinutes(14)));
		});
		assertThat(this.stock.available(shoes)).isEqualTo(6);
		assertThat(this.stock.available(socks)).isEqualTo(3);
		assertThat(this.stock.status(order.orderId())).isEqualTo("RESERVED");
		this.stock.assertStockAddsUp(shoes, 10);
		this.stock.assertStockAddsUp(socks, 5);
	}

	@Test
	void reservesNothingWhenOneLineFallsShortAndSaysWhichLinesDid() {
		UUID plenty = product(10);
		UUID scarce = product(1);
		UUID deleted = product(10);
		this.catalog.asAdmin("DELETE", "/api/catalog/products/" + deleted, null).expectStatus().isNoContent();
		UUID unknown = UUID.randomUUID();
		OrderPlaced order = placed(UUID.randomUUID(), this.customer, line(plenty, 3), line(scarce, 2), line(deleted, 1),
				line(unknown, 1));

		publish(order);

		StockEvent answer = answers(this.stockTopic, order.orderId(), 1).get(0);
		assertThat(answer).isInstanceOfSatisfying(StockRejected.class,
				(rejected) -> assertThat(rejected.shortfalls()).containsExactlyInAnyOrder(
						new StockShortfall(scarce, 2, 1, StockShortfall.Reason.INSUFFICIENT_STOCK),
						new StockShortfall(deleted, 1, 0, StockShortfall.Reason.PRODUCT_UNAVAILABLE),
						new StockShortfall(unknown, 1, 0, StockShortfall.Reason.PRODUCT_UNAVAILABLE)));
		assertThat(this.stock.available(plenty)).isEqualTo(10);
		assertThat(this.stock.available(scarce)).isEqualTo(1);
		assertThat(this.stock.status(order.orderId())).isEqualTo("REJECTED");
	}

	@Test
	void confirmationTurnsTheReservationIntoASale() {
		UUID shoes = product(10);
		OrderPlaced order = placed(UUID.randomUUID(), this.customer, line(shoes, 3));
		publish(order);
		answers(this.stockTopic, order.orderId(), 1);

		publish(confirmed(order));
		publish(new OrderShipped(order.orderId(), this.customer, Instant.now()));

		await().atMost(Duration.ofSeconds(30)).until(() -> "SOLD".equals(this.stock.status(order.orderId())));
		assertThat(this.stock.available(shoes)).isEqualTo(7);
		assertThat(this.stock.held(shoes, "SOLD")).isEqualTo(3);
		this.stock.assertStockAddsUp(shoes, 10);
	}

	@Test
	void cancellationGivesTheReservedStockBack() {
		UUID shoes = product(10);
		OrderPlaced order = placed(UUID.randomUUID(), this.customer, line(shoes, 4));
		publish(order);
		answers(this.stockTopic, order.orderId(), 1);

		publish(cancelled(order.orderId(), this.customer));

		StockEvent answer = answers(this.stockTopic, order.orderId(), 2).get(1);
		assertThat(answer).isInstanceOfSatisfying(StockReleased.class, (released) -> {
			assertThat(released.reason()).isEqualTo(StockReleased.Reason.ORDER_CANCELLED);
			assertThat(released.lines()).containsExactly(new StockLine(shoes, 4));
		});
		assertThat(this.stock.available(shoes)).isEqualTo(10);
		assertThat(this.stock.status(order.orderId())).isEqualTo("RELEASED");
		this.stock.assertStockAddsUp(shoes, 10);
	}

	@Test
	void cancellingAConfirmedOrderBeforeItShipsPutsItsUnitsBackOnSale() {
		UUID shoes = product(10);
		OrderPlaced order = placed(UUID.randomUUID(), this.customer, line(shoes, 2));
		publish(order);
		answers(this.stockTopic, order.orderId(), 1);
		publish(confirmed(order));

		publish(cancelled(order.orderId(), this.customer));

		assertThat(answers(this.stockTopic, order.orderId(), 2).get(1)).isInstanceOfSatisfying(StockReleased.class,
				(released) -> assertThat(released.reason()).isEqualTo(StockReleased.Reason.ORDER_CANCELLED));
		assertThat(this.stock.available(shoes)).isEqualTo(10);
		this.stock.assertStockAddsUp(shoes, 10);
	}

	@Test
	void cancellingAnOrderThatHoldsNothingChangesNothingEvenWhenItIsPlacedLate() {
		UUID shoes = product(10);
		UUID orderId = UUID.randomUUID();

		publish(cancelled(orderId, this.customer));
		await().atMost(Duration.ofSeconds(30)).until(() -> "CANCELLED".equals(this.stock.status(orderId)));
		double duplicatesBefore = counter("nexus.catalog.stock.reservations", "outcome", "duplicate");
		publish(placed(orderId, this.customer, line(shoes, 1)));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> counter("nexus.catalog.stock.reservations", "outcome", "duplicate") > duplicatesBefore);
		assertThat(this.stockTopic.pollFor((record) -> orderId.toString().equals(record.key()), Duration.ofSeconds(1)))
			.isEmpty();
		assertThat(this.stock.available(shoes)).isEqualTo(10);
	}

	@Test
	void aReservationNeverConfirmedExpiresAndItsStockReturns() {
		UUID shoes = product(10);
		OrderPlaced order = placed(UUID.randomUUID(), this.customer, line(shoes, 4));
		publish(order);
		StockReserved reserved = (StockReserved) answers(this.stockTopic, order.orderId(), 1).get(0);

		assertThat(this.expiry.expireDue(reserved.expiresAt().minusSeconds(1))).isZero();
		this.expiry.expireDue(reserved.expiresAt());

		assertThat(answers(this.stockTopic, order.orderId(), 2).get(1)).isInstanceOfSatisfying(StockReleased.class,
				(released) -> {
					assertThat(released.reason()).isEqualTo(StockReleased.Reason.EXPIRED);
					assertThat(released.lines()).containsExactly(new StockLine(shoes, 4));
				});
		assertThat(this.stock.available(shoes)).isEqualTo(10);
		assertThat(this.stock.status(order.orderId())).isEqualTo("EXPIRED");
		this.stock.assertStockAddsUp(shoes, 10);
	}

	@Test
	void aConfirmationAfterExpirySellsFromTheStockStillAvailable(CapturedOutput output) {
		UUID shoes = product(10);
		OrderPlaced order = placed(UUID.randomUUID(), this.customer, line(shoes, 2));
		publish(order);
		StockReserved reserved = (StockReserved) answers(this.stockTopic, order.orderId(), 1).get(0);
		this.expiry.expireDue(reserved.expiresAt());
		double before = counter("nexus.catalog.stock.confirmations", "outcome", "sold_after_expiry");

		publish(confirmed(order));

		await().atMost(Duration.ofSeconds(30)).until(() -> "SOLD".equals(this.stock.status(order.orderId())));
		assertThat(this.stock.available(shoes)).isEqualTo(8);
		this.stock.assertStockAddsUp(shoes, 10);
		assertThat(counter("nexus.catalog.stock.confirmations", "outcome", "sold_after_expiry")).isEqualTo(before + 1);
		assertThat(output).contains("Order " + order.orderId() + " was confirmed after its stock reservation expired");
	}

	@Test
	void aConfirmationAfterExpiryNeverOversellsWhatOthersTookMeanwhile(CapturedOutput output) {
		UUID lastPair = product(2);
		OrderPlaced late = placed(UUID.randomUUID(), this.customer, line(lastPair, 2));
		publish(late);
		StockReserved reserved = (StockReserved) answers(this.stockTopic, late.orderId(), 1).get(0);
		this.expiry.expireDue(reserved.expiresAt());
		OrderPlaced quicker = placed(UUID.randomUUID(), UUID.randomUUID(), line(lastPair, 2));
		publish(quicker);
		assertThat(answers(this.stockTopic, quicker.orderId(), 1).get(0)).isInstanceOf(StockReserved.class);
		double before = counter("nexus.catalog.stock.confirmations", "outcome", "unfulfilled");

		publish(confirmed(late));

		await().atMost(Duration.ofSeconds(30)).until(() -> "UNFULFILLED".equals(this.stock.status(late.orderId())));
		assertThat(this.stock.available(lastPair)).isZero();
		this.stock.assertStockAddsUp(lastPair, 2);
		assertThat(counter("nexus.catalog.stock.confirmations", "outcome", "unfulfilled")).isEqualTo(before + 1);
		assertThat(output).contains("Order " + late.orderId() + " is confirmed but stock cannot cover it any more");
	}

	@Test
	void aDuplicatedOrderPlacedReservesOnce() {
		UUID shoes = product(10);
		OrderPlaced order = placed(UUID.randomUUID(), this.customer, line(shoes, 3));
		double redeliveriesBefore = counter("nexus.events.consumed", "consumer", "catalog-service.orders", "type",
				"nexus.order.OrderPlaced", "outcome", "duplicate");
		double republishedBefore = counter("nexus.catalog.stock.reservations", "outcome", "duplicate");
		EventMetadata first = publish(order);

		publish(first, order);
		publish(order);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> counter("nexus.events.consumed", "consumer", "catalog-service.orders", "type",
					"nexus.order.OrderPlaced", "outcome", "duplicate") > redeliveriesBefore
					&& counter("nexus.catalog.stock.reservations", "outcome", "duplicate") > republishedBefore);
		assertThat(answers(this.stockTopic, order.orderId(), 1)).hasSize(1);
		assertThat(this.stockTopic.pollFor((record) -> order.orderId().toString().equals(record.key()),
				Duration.ofSeconds(1)))
			.hasSize(1);
		assertThat(this.stock.available(shoes)).isEqualTo(7);
		this.stock.assertStockAddsUp(shoes, 10);
	}

	@Test
	void announcesLowStockOnceWhenAvailableStockFallsToTheThreshold() {
		UUID shoes = product(7);
		OrderPlaced first = placed(UUID.randomUUID(), this.customer, line(shoes, 2));
		OrderPlaced second = placed(UUID.randomUUID(), this.customer, line(shoes, 1));

		publish(first);
		answers(this.stockTopic, first.orderId(), 1);
		publish(second);
		answers(this.stockTopic, second.orderId(), 1);

		List<ProductStockLow> alerts = this.productTopic
			.pollFor(
					(record) -> shoes.toString().equals(record.key())
							&& "nexus.catalog.ProductStockLow".equals(KafkaTestConsumer.header(record, "ce_type")),
					Duration.ofSeconds(2))
			.stream()
			.map((record) -> new nexus.events.EventCodec().decode(ProductStockLow.class, record.value()))
			.toList();
		assertThat(alerts).singleElement().satisfies((alert) -> {
			assertThat(alert.amountInStock()).isEqualTo(5);
			assertThat(alert.threshold()).isEqualTo(5);
		});
	}

	private UUID product(int stock) {
		return this.catalog.createProduct("Product " + UUID.randomUUID(), "10.00", this.category, stock).id();
	}

	private double counter(String name, String... tags) {
		var counter = this.meters.find(name).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
