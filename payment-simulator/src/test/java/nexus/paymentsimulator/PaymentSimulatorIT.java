package nexus.paymentsimulator;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The simulator over real HTTP, as order-service's adapter sees it.
 */
class PaymentSimulatorIT {

	private static final PaymentSimulator simulator = PaymentSimulator.startForTests();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@BeforeEach
	void normal() {
		simulator.reset();
		simulator.sendWebhooksTo(null);
	}

	@Test
	void createsAndConfirmsAPaymentIntentLikeStripe() throws Exception {
		String order = UUID.randomUUID().toString();

		Answer created = post("/v1/payment_intents", "amount=1999&currency=USD&metadata[order_id]=" + order, null);
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.body().get("object").asString()).isEqualTo("payment_intent");
		assertThat(created.body().get("status").asString()).isEqualTo("requires_confirmation");
		assertThat(created.body().get("currency").asString()).isEqualTo("usd");
		assertThat(created.body().get("metadata").get("order_id").asString()).isEqualTo(order);

		String id = created.body().get("id").asString();
		Answer confirmed = post("/v1/payment_intents/" + id + "/confirm", "", null);
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.body().get("status").asString()).isEqualTo("succeeded");
		assertThat(confirmed.body().get("amount_received").asLong()).isEqualTo(1999);
		assertThat(simulator.intentsForOrder(order)).singleElement().satisfies((intent) -> {
			assertThat(intent.charged()).isTrue();
			assertThat(intent.amount()).isEqualTo(1999);
		});
		assertThat(get("/v1/payment_intents/" + id).body().get("status").asString()).isEqualTo("succeeded");
	}

	@Test
	void declinesAmountsAboveTheLimitWith402CardDeclined() throws Exception {
		String id = create(500_001, UUID.randomUUID().toString());

		Answer declined = post("/v1/payment_intents/" + id + "/confirm", "", null);

		assertThat(declined.status()).isEqualTo(402);
		JsonNode error = declined.body().get("error");
		assertThat(error.get("type").asString()).isEqualTo("card_error");
		assertThat(error.get("code").asString()).isEqualTo("card_declined");
		assertThat(error.get("payment_intent").get("status").asString()).isEqualTo("requires_payment_method");
		assertThat(simulator.intent(id)).get().extracting(PaymentIntentView::charged).isEqualTo(false);
		assertThat(post("/v1/payment_intents/" + create(500_000, "o") + "/confirm", "", null).status()).isEqualTo(200);
	}

	@Test
	void sameIdempotencyKeyGivesTheFirstAnswerAndOtherParametersAreRefused() throws Exception {
		String key = UUID.randomUUID().toString();
		String order = UUID.randomUUID().toString();

		Answer first = post("/v1/payment_intents", "amount=100&currency=usd&metadata[order_id]=" + order, key);
		Answer again = post("/v1/payment_intents", "amount=100&currency=usd&metadata[order_id]=" + order, key);
		Answer other = post("/v1/payment_intents", "amount=999&currency=usd&metadata[order_id]=" + order, key);

		assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
		assertThat(other.status()).isEqualTo(400);
		assertThat(other.body().get("error").get("type").asString()).isEqualTo("idempotency_error");
		assertThat(simulator.intentsForOrder(order)).hasSize(1);
	}

	@Test
	void concurrentRequestsWithOneKeyCreateOneIntent() throws Exception {
		String key = UUID.randomUUID().toString();
		String order = UUID.randomUUID().toString();
		simulator.slowDown(Duration.ofMillis(200), 1, Operation.CREATE);

		List<Answer> answers;
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Answer>> futures = new CopyOnWriteArrayList<>();
			for (int i = 0; i < 8; i++) {
				futures.add(threads.submit(
						() -> post("/v1/payment_intents", "amount=100&currency=usd&metadata[order_id]=" + order, key)));
			}
			answers = futures.stream().map(PaymentSimulatorIT::join).toList();
		}

		assertThat(answers).extracting((answer) -> answer.body().get("id").asString())
			.containsOnly(answers.get(0).body().get("id").asString());
		assertThat(simulator.intentsForOrder(order)).hasSize(1);
		assertThat(simulator.maxConcurrentRequests()).isGreaterThan(1);
	}

	@Test
	void refundsASucceededPaymentOnce() throws Exception {
		String id = create(2500, UUID.randomUUID().toString());
		post("/v1/payment_intents/" + id + "/confirm", "", null);

		Answer refund = post("/v1/refunds", "payment_intent=" + id, UUID.randomUUID().toString());
		Answer second = post("/v1/refunds", "payment_intent=" + id, UUID.randomUUID().toString());

		assertThat(refund.status()).isEqualTo(200);
		assertThat(refund.body().get("object").asString()).isEqualTo("refund");
		assertThat(refund.body().get("amount").asLong()).isEqualTo(2500);
		assertThat(second.status()).isEqualTo(400);
		assertThat(second.body().get("error").get("code").asString()).isEqualTo("charge_already_refunded");
		assertThat(simulator.intent(id)).get().extracting(PaymentIntentView::refunded).isEqualTo(true);
	}

	@Test
	void failsTheNextCallsWithoutDoingAnything() throws Exception {
		String order = UUID.randomUUID().toString();
		simulator.failNext(2, Operation.CREATE);

		Answer first = post("/v1/payment_intents", "amount=100&currency=usd&metadata[order_id]=" + order, "k-" + order);
		Answer second = post("/v1/payment_intents", "amount=100&currency=usd&metadata[order_id]=" + order,
				"k-" + order);
		Answer third = post("/v1/payment_intents", "amount=100&currency=usd&metadata[order_id]=" + order, "k-" + order);

		assertThat(first.status()).isEqualTo(500);
		assertThat(second.status()).isEqualTo(500);
		assertThat(third.status()).isEqualTo(200);
		assertThat(simulator.intentsForOrder(order)).hasSize(1);
		assertThat(simulator.requests(Operation.CREATE)).isEqualTo(3);
	}

	@Test
	void aSlowCallStillDoesItsWorkAfterTheCallerGaveUp() throws Exception {
		String order = UUID.randomUUID().toString();
		simulator.slowDown(Duration.ofMillis(800), 1, Operation.CREATE);
		HttpRequest impatient = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v1/payment_intents"))
			.timeout(Duration.ofMillis(200))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Idempotency-Key", "slow-" + order)
			.POST(HttpRequest.BodyPublishers.ofString("amount=100&currency=usd&metadata[order_id]=" + order))
			.build();

		assertThatExceptionOfType(java.net.http.HttpTimeoutException.class)
			.isThrownBy(() -> this.http.send(impatient, HttpResponse.BodyHandlers.ofString()));

		await().atMost(Duration.ofSeconds(5)).until(() -> simulator.intentsForOrder(order).size() == 1);
		Answer retried = post("/v1/payment_intents", "amount=100&currency=usd&metadata[order_id]=" + order,
				"slow-" + order);
		assertThat(retried.body().get("id").asString()).isEqualTo(simulator.intentsForOrder(order).get(0).id());
	}

	@Test
	void downRefusesConnectionsAndUpComesBackOnTheSamePort() throws Exception {
		String baseUrl = simulator.baseUrl();
		simulator.down();

		assertThat(simulator.isUp()).isFalse();
		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> get("/v1/payment_intents/pi_x"));

		simulator.up();
		assertThat(simulator.baseUrl()).isEqualTo(baseUrl);
		assertThat(get("/v1/payment_intents/pi_unknown").status()).isEqualTo(404);
	}

	@Test
	void sendsSignedWebhooksForWhatHappensToAPayment() throws Exception {
		List<Received> received = new CopyOnWriteArrayList<>();
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/webhook", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			received.add(new Received(exchange.getRequestHeaders().getFirst("Stripe-Signature"), body));
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		receiver.start();
		try {
			simulator.sendWebhooksTo("http://127.0.0.1:" + receiver.getAddress().getPort() + "/webhook");
			String id = create(700, UUID.randomUUID().toString());
			post("/v1/payment_intents/" + id + "/confirm", "", null);

			await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
			Received webhook = received.get(0);
			JsonNode event = json.readTree(webhook.body());
			assertThat(event.get("type").asString()).isEqualTo("payment_intent.succeeded");
			assertThat(event.get("data").get("object").get("id").asString()).isEqualTo(id);
			Map<String, String> parts = Exchanges.decode(webhook.signature().replace(',', '&'));
			long timestamp = Long.parseLong(parts.get("t"));
			assertThat(timestamp).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
			assertThat(parts.get("v1"))
				.isEqualTo(WebhookSignature.hmacSha256Hex(simulator.webhookSecret(), timestamp, webhook.body()));
			assertThat(simulator.webhookDeliveries()).anySatisfy((delivery) -> {
				assertThat(delivery.type()).isEqualTo("payment_intent.succeeded");
				assertThat(delivery.accepted()).isTrue();
			});
		}
		finally {
			receiver.stop(0);
		}
	}

	@Test
	void requiresTheApiKeyWhenOneIsConfigured() throws Exception {
		try (PaymentSimulator guarded = PaymentSimulator
			.start(new SimulatorSettings("127.0.0.1", 0, 100, null, "secret", "sk_test_123"))) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(guarded.baseUrl() + "/v1/payment_intents"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("amount=1&currency=usd"));

			assertThat(this.http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
				.isEqualTo(401);
			assertThat(this.http
				.send(request.header("Authorization", "Bearer sk_test_123").build(),
						HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(200);
		}
	}

	@Test
	void controlEndpointsSteerAProcessLikeTheJavaApi() throws Exception {
		assertThat(post("/_simulator/fail?calls=1&operation=create", "", null).status()).isEqualTo(200);
		assertThat(post("/_simulator/decline-above?amount=1.00", "", null).status()).isEqualTo(200);

		assertThat(post("/v1/payment_intents", "amount=50&currency=usd", null).status()).isEqualTo(500);
		String id = create(101, "o");
		assertThat(post("/v1/payment_intents/" + id + "/confirm", "", null).status()).isEqualTo(402);
		assertThat(get("/_simulator/intents").body().get("data").isArray()).isTrue();
		assertThat(post("/_simulator/reset", "", null).status()).isEqualTo(200);
		assertThat(post("/v1/payment_intents/" + create(101, "o") + "/confirm", "", null).status()).isEqualTo(200);
		assertThat(post("/_simulator/fail?calls=x", "", null).status()).isEqualTo(400);
	}

	@Test
	void healthAnswersUpWithoutListingAnything() throws Exception {
		Answer health = get("/_simulator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body().get("status").asString()).isEqualTo("UP");
	}

	private String create(long amount, String order) throws Exception {
		return post("/v1/payment_intents", "amount=" + amount + "&currency=usd&metadata[order_id]=" + order, null)
			.body()
			.get("id")
			.asString();
	}

	private Answer post(String path, String form, String idempotencyKey) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request.build());
	}

	private Answer get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path)).GET().build());
	}

	private Answer send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), json.readTree(response.body()));
	}

	private static Answer join(Future<Answer> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Answer(int status, JsonNode body) {
	}

	record Received(String signature, byte[] body) {
	}

}
