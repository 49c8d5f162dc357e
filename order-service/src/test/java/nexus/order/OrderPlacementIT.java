package nexus.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nexus.events.catalog.ProductUpdated;
import nexus.events.catalog.StockRejected;
import nexus.events.catalog.StockShortfall;
import nexus.events.Topics;
import nexus.events.order.OrderPlaced;
import nexus.testsupport.KafkaTestConsumer;
import nexus.testsupport.TestKafka;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Placing and reading orders over HTTP: price snapshots, the cart, idempotency under
 * concurrency, bad input, and who may see what.
 */
class OrderPlacementIT extends OrderServiceIntegrationTest {

	@Test
	void placesAPendingOrderWithPriceSnapshotsAndPublishesIt() {
		UUID customer = UUID.randomUUID();
		UUID cup = givenProduct("Espresso cup", "19.99");
		UUID saucer = givenProduct("Saucer", "4.50");

		UUID order = idOf(placeOrder(customer, "key-1",
				"{\"items\":[{\"productId\":\"" + cup + "\",\"quantity\":3},{\"productId\":\"" + saucer
						+ "\",\"quantity\":1}]}")
			.expectStatus()
			.isAccepted()
			.expectHeader()
			.value(HttpHeaders.LOCATION, (location) -> assertThat(location).startsWith("/api/orders/")));

		assertThat(statusOf(order)).isEqualTo("PENDING");
		OrderPlaced placed = eventsOf(order, OrderPlaced.class).get(0);
		assertThat(placed.customerId()).isEqualTo(customer);
		assertThat(placed.totalAmount()).isEqualByComparingTo("64.47");
		assertThat(placed.lines()).extracting((line) -> line.unitPrice().toPlainString())
			.containsExactly("19.99", "4.50");

		// A later price change does not touch the order.
		publish(new ProductUpdated(cup, "Espresso cup", new BigDecimal("25.00"), "USD", UUID.randomUUID(), null, true,
				5, Instant.now()));
		await().until(() -> this.jdbc.sql("SELECT price FROM product_copy WHERE id = :id")
			.param("id", cup)
			.query(BigDecimal.class)
			.single()
			.compareTo(new BigDecimal("25.00")) == 0);
		get(customer, order).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].unitPrice")
			.isEqualTo(19.99)
			.jsonPath("$.items[0].name")
			.isEqualTo("Espresso cup")
			.jsonPath("$.totalAmount")
			.isEqualTo(64.47)
			.jsonPath("$.status")
			.isEqualTo("PENDING");
	}

	@Test
	void ordersTheCartAndEmptiesItOnlyOnceTheOrderIsAccepted() {
		UUID customer = UUID.randomUUID();
		UUID pen = givenProduct("Pen", "2.00");
		UUID ink = givenProduct("Ink", "6.00");
		addToCart(customer, pen, 5);
		addToCart(customer, ink, 1);
		publish(new ProductUpdated(ink, "Ink", new BigDecimal("6.00"), "USD", UUID.randomUUID(), null, false, 3,
				Instant.now()));
		await().until(() -> !this.jdbc.sql("SELECT available FROM product_copy WHERE id = :id")
			.param("id", ink)
			.query(Boolean.class)
			.single());

		placeOrder(customer, "refused-cart-key", "{\"fromCart\":true}").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/product-unavailable");
		cart(customer).jsonPath("$.items.length()").isEqualTo(2);

		removeFromCart(customer, ink);
		UUID order = idOf(placeOrder(customer, "cart-key", "{\"fromCart\":true}").expectStatus().isAccepted());
		cart(customer).jsonPath("$.items").isEmpty();
		assertThat(eventsOf(order, OrderPlaced.class)).singleElement()
			.satisfies((placed) -> assertThat(placed.totalAmount()).isEqualByComparingTo("10.00"));
		placeOrder(customer, "empty-cart-key", "{\"fromCart\":true}").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/empty-cart");
		placeOrder(customer, "both-key",
				"{\"fromCart\":true,\"items\":[{\"productId\":\"" + pen + "\",\"quantity\":1}]}")
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void sameKeyAndBodyReturnsTheFirstOrderAndAnotherBodyIsRefused() {
		UUID customer = UUID.randomUUID();
		UUID lamp = givenProduct("Lamp", "30.00");

		UUID first = idOf(placeOrder(customer, "same-key", lines(lamp, 1)).expectStatus().isAccepted());
		UUID again = idOf(placeOrder(customer, "same-key", lines(lamp, 1)).expectStatus().isAccepted());
		placeOrder(customer, "same-key", lines(lamp, 2)).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/idempotency-key-reused");

		assertThat(again).isEqualTo(first);
		assertThat(ordersOf(customer)).isEqualTo(1);
		// The key is the customer's own: another customer may use the same one.
		placeOrder(UUID.randomUUID(), "same-key", lines(lamp, 1)).expectStatus().isAccepted();
	}

	@Test
	void aRetryListingTheSameLinesInAnotherOrderGetsTheFirstOrderBack() {
		UUID customer = UUID.randomUUID();
		UUID cup = givenProduct("Cup", "4.00");
		UUID saucer = givenProduct("Saucer", "2.00");
		String line1 = "{\"productId\":\"" + cup + "\",\"quantity\":2}";
		String line2 = "{\"productId\":\"" + saucer + "\",\"quantity\":1}";

		UUID first = idOf(
				placeOrder(customer, "reordered-key", "{\"items\":[" + line1 + "," + line2 + "]}").expectStatus()
					.isAccepted());
		UUID again = idOf(
				placeOrder(customer, "reordered-key", "{\"items\":[" + line2 + "," + line1 + "]}").expectStatus()
					.isAccepted());

		assertThat(again).isEqualTo(first);
		assertThat(ordersOf(customer)).isEqualTo(1);
	}

	@Test
	void tenConcurrentIdenticalPostsMakeOneOrder() throws Exception {
		UUID customer = UUID.randomUUID();
		UUID chair = givenProduct("Chair", "75.00");
		String key = UUID.randomUUID().toString();

		Set<UUID> ids;
		try (ExecutorService threads = Executors.newFixedThreadPool(10)) {
			List<Future<UUID>> answers = IntStream.range(0, 10)
				.mapToObj((i) -> threads
					.submit(() -> idOf(placeOrder(customer, key, lines(chair, 2)).expectStatus().isAccepted())))
				.toList();
			ids = answers.stream().map(OrderPlacementIT::join).collect(Collectors.toSet());
		}

		assertThat(ids).hasSize(1);
		assertThat(ordersOf(customer)).isEqualTo(1);
		assertThat(eventsOf(ids.iterator().next(), OrderPlaced.class)).hasSize(1);
	}

	@Test
	void badOrdersAreRefusedWithProblemDetailsAndChangeNothing() {
		UUID customer = UUID.randomUUID();
		UUID sold = givenProduct("Vase", "50.00");
		publish(new ProductUpdated(sold, "Vase", new BigDecimal("50.00"), "USD", UUID.randomUUID(), null, false, 2,
				Instant.now()));
		await().until(() -> !this.jdbc.sql("SELECT available FROM product_copy WHERE id = :id")
			.param("id", sold)
			.query(Boolean.class)
			.single());
		UUID good = givenProduct("Plate", "9.00");

		this.http.post()
			.uri("/api/orders")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(customer))
			.contentType(MediaType.APPLICATION_JSON)
			.body(lines(good, 1))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/idempotency-key-required");
		placeOrder(customer, "k1", "{\"items\":[]}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/validation-error");
		placeOrder(customer, "k2", lines(good, 0)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.value((field) -> assertThat(field.toString()).contains("quantity"));
		placeOrder(customer, "k3", lines(good, 1000)).expectStatus().isBadRequest();
		placeOrder(customer, "k4", lines(UUID.randomUUID(), 1)).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/unknown-product");
		placeOrder(customer, "k5", lines(sold, 1)).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/product-unavailable");
		placeOrder(customer, "k6", "{\"items\":[{\"productId\":\"" + good + "\",\"quantity\":1},{\"productId\":\""
				+ good + "\",\"quantity\":2}]}")
			.expectStatus()
			.isBadRequest();
		this.http.post()
			.uri("/api/orders")
			.header("Idempotency-Key", "k7")
			.contentType(MediaType.APPLICATION_JSON)
			.body(lines(good, 1))
			.exchange()
			.expectStatus()
			.isUnauthorized();

		assertThat(ordersOf(customer)).isZero();
		try (KafkaTestConsumer orders = KafkaTestConsumer.subscribe(TestKafka.bootstrapServers(), Topics.ORDERS)) {
			assertThat(orders.pollFor(
					(record) -> decode(record) instanceof OrderPlaced placed && placed.customerId().equals(customer),
					Duration.ofSeconds(3)))
				.isEmpty();
		}
	}

	@Test
	void customersReachOnlyTheirOwnOrdersAndPayments() {
		UUID alice = UUID.randomUUID();
		UUID bob = UUID.randomUUID();
		UUID rug = givenProduct("Rug", "60.00");
		UUID order = order(alice, rug, 1);
		stockReserved(order, rug, 1);
		awaitStatus(order, "CONFIRMED");
		String payment = this.jdbc.sql("SELECT id::text FROM payment WHERE order_id = :id")
			.param("id", order)
			.query(String.class)
			.single();

		get(bob, order).expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.post()
			.uri("/api/orders/{id}/cancel", order)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(bob))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.http.get()
			.uri("/api/payments/{id}", payment)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(bob))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.http.get()
			.uri("/api/payments")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(bob))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content")
			.isEmpty();
		this.http.get()
			.uri("/api/orders?customerId={alice}", alice)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(bob))
			.exchange()
			.expectStatus()
			.isForbidden();

		get(alice, order).expectStatus().isOk();
		this.http.get()
			.uri("/api/payments?orderId={id}", order)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(alice))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[0].status")
			.isEqualTo("SUCCEEDED")
			.jsonPath("$.content[0].amount")
			.isEqualTo(60.0)
			.jsonPath("$.content[0].providerReference")
			.value((reference) -> assertThat(reference.toString()).startsWith("pi_"));
		get(UUID.randomUUID(), UUID.randomUUID()).expectStatus().isNotFound();
	}

	@Test
	void listsAreTheCallersOwnPagedAndAdministratorsFilterEveryone() {
		UUID alice = UUID.randomUUID();
		UUID bob = UUID.randomUUID();
		UUID box = givenProduct("Box", "1.00");
		List<UUID> alices = IntStream.range(0, 3).mapToObj((i) -> order(alice, box, i + 1)).toList();
		UUID bobs = order(bob, box, 1);
		publish(new StockRejected(bobs,
				List.of(new StockShortfall(box, 1, 0, StockShortfall.Reason.INSUFFICIENT_STOCK)), Instant.now()));
		awaitStatus(bobs, "CANCELLED");

		this.http.get()
			.uri("/api/orders?size=2")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(alice))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(3)
			.jsonPath("$.page.totalPages")
			.isEqualTo(2)
			.jsonPath("$.content.length()")
			.isEqualTo(2)
			.jsonPath("$.content[0].id")
			.isEqualTo(alices.get(2).toString());
		this.http.get()
			.uri("/api/orders?ids={a},{b}", alices.get(0), bobs)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(alice))
			.exchange()
			.expectBody()
			.jsonPath("$.content[*].id")
			.isEqualTo(List.of(alices.get(0).toString()));
		this.http.get()
			.uri("/api/orders?status=CANCELLED&customerId={bob}", bob)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].id")
			.isEqualTo(List.of(bobs.toString()))
			.jsonPath("$.content[0].statusReason")
			.isEqualTo("OUT_OF_STOCK");
		this.http.get()
			.uri("/api/orders?ids={a},{b}&size=100", alices.get(1), bobs)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin())
			.exchange()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(2);
		this.http.get()
			.uri("/api/orders?sort=password")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin())
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	private RestTestClient.BodyContentSpec cart(UUID customer) {
		return this.http.get()
			.uri("/api/cart")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(customer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private void removeFromCart(UUID customer, UUID product) {
		this.http.delete()
			.uri("/api/cart/items/{id}", product)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(customer))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private void addToCart(UUID customer, UUID product, int quantity) {
		this.http.post()
			.uri("/api/cart/items")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(customer))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("productId", product, "quantity", quantity))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private RestTestClient.ResponseSpec get(UUID customer, UUID order) {
		return this.http.get()
			.uri("/api/orders/{id}", order)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(customer))
			.exchange();
	}

	private int ordersOf(UUID customer) {
		return this.jdbc.sql("SELECT count(*) FROM orders WHERE customer_id = :customer")
			.param("customer", customer)
			.query(Integer.class)
			.single();
	}

	private static UUID join(Future<UUID> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
