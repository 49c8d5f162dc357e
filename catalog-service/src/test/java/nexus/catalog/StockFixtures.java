package nexus.catalog;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import nexus.events.EventCodec;
import nexus.events.catalog.StockEvent;
import nexus.events.order.OrderCancelled;
import nexus.events.order.OrderConfirmed;
import nexus.events.order.OrderLine;
import nexus.events.order.OrderPlaced;
import nexus.events.order.CancellationReason;
import nexus.testsupport.KafkaTestConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders as order-service sends them, the catalogue's answers as it publishes them, and
 * the stock as the database holds it.
 */
public final class StockFixtures {

	private static final EventCodec CODEC = new EventCodec();

	private final JdbcClient jdbc;

	public StockFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static OrderLine line(UUID productId, int quantity) {
		return new OrderLine(productId, quantity, new BigDecimal("10.00"));
	}

	public static OrderPlaced placed(UUID orderId, UUID customerId, OrderLine... lines) {
		BigDecimal total = Arrays.stream(lines)
			.map((line) -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new OrderPlaced(orderId, customerId, List.of(lines), total, "USD", Instant.now());
	}

	public static OrderConfirmed confirmed(OrderPlaced order) {
		return new OrderConfirmed(order.orderId(), order.customerId(), order.lines(), Instant.now());
	}

	public static OrderCancelled cancelled(UUID orderId, UUID customerId) {
		return new OrderCancelled(orderId, customerId, CancellationReason.CANCELLED_BY_CUSTOMER, Instant.now());
	}

	/**
	 * The catalogue's answers about one order, decoded, once {@code count} have arrived.
	 * @param stock a consumer of the stock topic
	 * @param orderId the order
	 * @param count how many answers to wait for
	 * @return the answers, in order
	 */
	public static List<StockEvent> answers(KafkaTestConsumer stock, UUID orderId, int count) {
		return stock.awaitRecords((record) -> orderId.toString().equals(record.key()), count, Duration.ofSeconds(30))
			.stream()
			.map(StockFixtures::decode)
			.toList();
	}

	public static StockEvent decode(ConsumerRecord<String, byte[]> record) {
		return (StockEvent) CODEC.decode(KafkaTestConsumer.header(record, "ce_type"),
				Integer.parseInt(KafkaTestConsumer.header(record, "ce_schemaversion")), record.value());
	}

	public int available(UUID productId) {
		return this.jdbc.sql("SELECT available FROM inventory WHERE product_id = :productId")
			.param("productId", productId)
			.query(Integer.class)
			.single();
	}

	public String status(UUID orderId) {
		return this.jdbc.sql("SELECT status FROM stock_reservation WHERE order_id = :id")
			.param("id", orderId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Units of a product held by reservations in a given status.
	 * @param productId the product
	 * @param status {@code RESERVED} or {@code SOLD}
	 * @return the units
	 */
	public int held(UUID productId, String status) {
		return this.jdbc.sql("""
				SELECT COALESCE(sum(l.quantity), 0) FROM stock_reservation_line l
				JOIN stock_reservation r ON r.order_id = l.order_id
				WHERE l.product_id = :id AND r.status = :status
				""").param("id", productId).param("status", status).query(Integer.class).single();
	}

	/**
	 * Checks the stock invariant: what the product started with is available, reserved or
	 * sold, unit for unit.
	 * @param productId the product
	 * @param initial the units it was created with
	 */
	public void assertStockAddsUp(UUID productId, int initial) {
		assertThat(available(productId) + held(productId, "RESERVED") + held(productId, "SOLD"))
			.as("available + reserved + sold of %s", productId)
			.isEqualTo(initial);
	}

}
