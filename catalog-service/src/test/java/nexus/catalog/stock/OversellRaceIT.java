package nexus.catalog.stock;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import nexus.catalog.CatalogClient;
import nexus.catalog.CatalogIntegrationTest;
import nexus.catalog.StockFixtures;
import nexus.events.CloudEventHeaders;
import nexus.events.EventCodec;
import nexus.events.EventMetadata;
import nexus.events.Topics;
import nexus.events.catalog.StockEvent;
import nexus.events.catalog.StockRejected;
import nexus.events.catalog.StockReserved;
import nexus.events.catalog.StockShortfall;
import nexus.events.order.OrderLine;
import nexus.events.order.OrderPlaced;
import nexus.testsupport.KafkaTestConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static nexus.catalog.StockFixtures.line;
import static nexus.catalog.StockFixtures.placed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many orders for the last units of a product: exactly the available units are reserved,
 * the other orders are refused, and no order is half reserved.
 */
class OversellRaceIT extends CatalogIntegrationTest {

	private static final int ORDERS = 24;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("orderEvents")
	Consumer<Message<byte[]>> orderEvents;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	CatalogClient catalog;

	StockFixtures stock;

	UUID category;

	@BeforeEach
	void catalog() {
		this.catalog = new CatalogClient(this.port);
		this.stock = new StockFixtures(this.jdbc);
		this.category = this.catalog.createCategory("Race " + UUID.randomUUID());
	}

	@Test
	void twentyFourOrdersThroughTheBrokerForFiveUnitsReserveExactlyFive() throws Exception {
		UUID lastFive = product(5);
		List<OrderPlaced> orders = new ArrayList<>();
		for (int i = 0; i < ORDERS; i++) {
			orders.add(placed(UUID.randomUUID(), UUID.randomUUID(), line(lastFive, 1)));
		}

		try (KafkaTestConsumer stockTopic = KafkaTestConsumer.subscribe(this.kafka, Topics.STOCK)) {
			atOnce(orders, (order) -> publish(order));

			List<String> keys = orders.stream().map((order) -> order.orderId().toString()).toList();
			List<StockEvent> answers = stockTopic
				.awaitRecords((record) -> keys.contains(record.key()), ORDERS, Duration.ofSeconds(60))
				.stream()
				.map(StockFixtures::decode)
				.toList();
			assertThat(answers).hasSize(ORDERS);
			assertThat(answers).filteredOn(StockReserved.class::isInstance).hasSize(5);
			assertThat(answers).filteredOn(StockRejected.class::isInstance)
				.hasSize(ORDERS - 5)
				.allSatisfy((answer) -> assertThat(((StockRejected) answer).shortfalls())
					.containsExactly(new StockShortfall(lastFive, 1, 0, StockShortfall.Reason.INSUFFICIENT_STOCK)));
		}
		assertThat(this.stock.available(lastFive)).isZero();
		assertThat(this.stock.held(lastFive, "RESERVED")).isEqualTo(5);
		this.stock.assertStockAddsUp(lastFive, 5);
	}

	@Test
	void twentyFourOrdersAppliedInParallelForFiveUnitsReserveExactlyFive() throws Exception {
		UUID lastFive = product(5);
		List<OrderPlaced> orders = new ArrayList<>();
		for (int i = 0; i < ORDERS; i++) {
			orders.add(placed(UUID.randomUUID(), UUID.randomUUID(), line(lastFive, 1)));
		}

		atOnce(orders, (order) -> this.orderEvents.accept(message(order)));

		assertThat(orders.stream().map((order) -> this.stock.status(order.orderId())))
			.containsOnly("RESERVED", "REJECTED")
			.filteredOn("RESERVED"::equals)
			.hasSize(5);
		assertThat(this.stock.available(lastFive)).isZero();
		this.stock.assertStockAddsUp(lastFive, 5);
	}

	@Test
	void ordersForTwoScarceProductsInEitherLineOrderAreAllOrNothingAndNeverDeadlock() throws Exception {
		UUID five = product(5);
		UUID three = product(3);
		List<OrderPlaced> orders = new ArrayList<>();
		for (int i = 0; i < ORDERS; i++) {
			OrderLine[] lines = (i % 2 == 0) ? new OrderLine[] { line(five, 1), line(three, 1) }
					: new OrderLine[] { line(three, 1), line(five, 1) };
			orders.add(placed(UUID.randomUUID(), UUID.randomUUID(), lines));
		}

		atOnce(orders, (order) -> this.orderEvents.accept(message(order)));

		assertThat(orders.stream().map((order) -> this.stock.status(order.orderId())).filter("RESERVED"::equals))
			.hasSize(3);
		assertThat(this.stock.available(three)).isZero();
		assertThat(this.stock.available(five)).isEqualTo(2);
		this.stock.assertStockAddsUp(five, 5);
		this.stock.assertStockAddsUp(three, 3);
	}

	private UUID product(int stock) {
		return this.catalog.createProduct("Last units " + UUID.randomUUID(), "25.00", this.category, stock).id();
	}

	/** Runs the action for every order from its own thread, all released at once. */
	private static void atOnce(List<OrderPlaced> orders, Consumer<OrderPlaced> action) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(orders.size())) {
			List<Future<?>> done = new ArrayList<>();
			for (OrderPlaced order : orders) {
				done.add(threads.submit(() -> {
					start.await();
					action.accept(order);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : done) {
				future.get(Duration.ofSeconds(60).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			}
		}
	}

	private static Message<byte[]> message(OrderPlaced order) {
		EventMetadata metadata = EventMetadata.forNewEvent(order, "test", Instant.now(), null, null);
		MessageBuilder<byte[]> message = MessageBuilder.withPayload(new EventCodec().encode(order));
		CloudEventHeaders.toHeaders(metadata)
			.forEach((name, value) -> message.setHeader(name, value.getBytes(StandardCharsets.UTF_8)));
		return message.build();
	}

}
