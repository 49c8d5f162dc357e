package nexus.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nexus.events.EventCodec;
import nexus.events.EventMetadata;
import nexus.events.Topics;
import nexus.events.catalog.ProductCreated;
import nexus.events.catalog.StockLine;
import nexus.events.catalog.StockReserved;
import nexus.events.order.OrderEvent;
import nexus.paymentsimulator.PaymentSimulator;
import nexus.testsupport.ServiceIntegrationTest;
import nexus.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.awaitility.Awaitility.await;

/**
 * What every integration test of order-service shares, on top of the services' one
 * harness ({@link ServiceIntegrationTest}), so that they all run in one application
 * context: the payment simulator over real HTTP, and the guards set tight enough to trip
 * within a test. Tests play catalog-service and user-service by publishing their events
 * to the broker.
 */
@TestPropertySource(properties = { "resilience4j.timelimiter.instances.payment-provider.timeout-duration=1s",
		"resilience4j.retry.instances.payment-provider.max-attempts=3",
		"resilience4j.retry.instances.payment-provider.wait-duration=100ms",
		"resilience4j.circuitbreaker.instances.payment-provider.sliding-window-size=6",
		"resilience4j.circuitbreaker.instances.payment-provider.minimum-number-of-calls=4",
		"resilience4j.circuitbreaker.instances.payment-provider.wait-duration-in-open-state=5s",
		"resilience4j.bulkhead.instances.payment-provider.max-concurrent-calls=2",
		"nexus.payment.processing.poll-interval=1s", "nexus.payment.processing.pickup-delay=2s",
		"nexus.payment.processing.refund-retry=1s", "nexus.payment.processing.charge-retry=500ms",
		"nexus.payment.processing.charge-retry-max=2s", "nexus.payment.processing.reconcile-after=2s",
		"nexus.ordering.sweep-interval=1s", "nexus.cart.max-lines=3", "logging.level.org.apache.kafka=warn",
		"logging.level.org.apache.kafka.clients.NetworkClient=error" })
public abstract class OrderServiceIntegrationTest extends ServiceIntegrationTest {

	/** One simulator for the JVM, like the broker and the database. */
	protected static final PaymentSimulator simulator = PaymentSimulator.startForTests();

	protected static final EventCodec codec = codec();

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected CircuitBreaker breaker;

	@Autowired
	protected MeterRegistry meters;

	@DynamicPropertySource
	static void paymentProvider(DynamicPropertyRegistry registry) {
		registry.add("nexus.payment.provider.base-url", simulator::baseUrl);
		registry.add("nexus.payment.webhook.secret", simulator::webhookSecret);
	}

	@BeforeEach
	void normalWorld() {
		simulator.reset();
		simulator.sendWebhooksTo("http://127.0.0.1:" + this.port + "/api/payments/webhook");
		this.breaker.reset();
	}

	// --- playing the other services

	/**
	 * A product in the catalogue, and in order-service's copy once this returns.
	 * @param name its name
	 * @param price its price
	 * @return its id
	 */
	protected UUID givenProduct(String name, String price) {
		UUID id = UUID.randomUUID();
		publish(new ProductCreated(id, name, new BigDecimal(price), "USD", UUID.randomUUID(), null, true,
				Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM product_copy WHERE id = :id")
				.param("id", id)
				.query(Integer.class)
				.single() == 1);
		return id;
	}

	/** The catalogue reserved every line of an order for 15 minutes. */
	protected static EventMetadata stockReserved(UUID orderId, UUID productId, int quantity) {
		return stockReserved(orderId, productId, quantity, Duration.ofMinutes(15));
	}

	/** The catalogue reserved every line of an order, for as long as given. */
	protected static EventMetadata stockReserved(UUID orderId, UUID productId, int quantity, Duration heldFor) {
		return publish(new StockReserved(orderId, List.of(new StockLine(productId, quantity)), Instant.now(),
				Instant.now().plus(heldFor)));
	}

	// --- HTTP

	protected static String customer(UUID id) {
		return TestTokens.customer(id);
	}

	protected static String admin() {
		return TestTokens.admin(UUID.randomUUID());
	}

	protected RestTestClient.ResponseSpec placeOrder(UUID customer, String key, String body) {
		return this.http.post()
			.uri("/api/orders")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(customer))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	/** Places an order of one product and returns its id. */
	protected UUID order(UUID customer, UUID product, int quantity) {
		return idOf(placeOrder(customer, UUID.randomUUID().toString(), lines(product, quantity)).expectStatus()
			.isAccepted());
	}

	@SuppressWarnings("unchecked")
	protected static UUID idOf(RestTestClient.ResponseSpec response) {
		Map<String, Object> body = response.expectBody(Map.class).returnResult().getResponseBody();
		return UUID.fromString((String) body.get("id"));
	}

	protected static String lines(UUID product, int quantity) {
		return "{\"items\":[{\"productId\":\"" + product + "\",\"quantity\":" + quantity + "}]}";
	}

	// --- what happened

	protected String statusOf(UUID orderId) {
		return this.jdbc.sql("SELECT status FROM orders WHERE id = :id")
			.param("id", orderId)
			.query(String.class)
			.single();
	}

	protected String reasonOf(UUID orderId) {
		return this.jdbc.sql("SELECT status_reason FROM orders WHERE id = :id")
			.param("id", orderId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	protected void awaitStatus(UUID orderId, String status) {
		await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(statusOf(orderId)));
	}

	protected String paymentStatusOf(UUID orderId) {
		return this.jdbc.sql("SELECT status FROM payment WHERE order_id = :id")
			.param("id", orderId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The events order-service published about an order, in their order on
	 * {@code nexus.orders.v1}: every one keyed by the order that reaches the topic within
	 * a few seconds (the outbox relay sends them right after their commit).
	 * @param orderId the order
	 * @return the events, oldest first
	 */
	protected static List<OrderEvent> eventsOf(UUID orderId) {
		return publishedWithin(orderId, Topics.ORDERS, Duration.ofSeconds(3)).stream()
			.map(OrderEvent.class::cast)
			.toList();
	}

	/**
	 * How many events of a type a consumer of order-service has taken so far, whatever it
	 * made of them (applied or recognised as a redelivery): the
	 * {@code nexus.events.consumed} meter operators see.
	 * @param consumer the consumer, such as {@code order-service.order-saga}
	 * @param type the event type, such as {@code nexus.catalog.StockReserved}, or
	 * {@code null} for every type
	 * @return the count
	 */
	protected double consumed(String consumer, String type) {
		return this.meters.find("nexus.events.consumed")
			.tag("consumer", consumer)
			.counters()
			.stream()
			.filter((counter) -> type == null || type.equals(counter.getId().getTag("type")))
			.mapToDouble(Counter::count)
			.sum();
	}

	protected <E extends OrderEvent> List<E> eventsOf(UUID orderId, Class<E> type) {
		return eventsOf(orderId).stream().filter(type::isInstance).map(type::cast).toList();
	}

}
