package nexus.order;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import nexus.events.order.PaymentSucceeded;
import nexus.paymentsimulator.WebhookSignature;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The provider's callback: applied once when signed with the shared secret and recent,
 * refused otherwise, and nothing changes when refused.
 */
class PaymentWebhookIT extends OrderServiceIntegrationTest {

	@Test
	void providerWebhooksAreAccepted() {
		UUID order = paidOrder();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> simulator.webhookDeliveries()
				.stream()
				.anyMatch(
						(delivery) -> delivery.type().equals("payment_intent.succeeded") && delivery.status() == 204));
		assertThat(this.jdbc.sql("SELECT count(*) FROM webhook_event WHERE event_type = 'payment_intent.succeeded'")
			.query(Integer.class)
			.single()).isPositive();
		assertThat(eventsOf(order, PaymentSucceeded.class)).hasSize(1);
	}

	@Test
	void forgedStaleMalformedAndReplayedWebhooksAreRefusedAndChangeNothing() {
		UUID order = paidOrder();
		String intent = simulator.intentsForOrder(order.toString()).get(0).id();
		byte[] failed = event("evt_" + UUID.randomUUID(), "payment_intent.payment_failed", intent);
		long now = Instant.now().getEpochSecond();

		send(failed, null).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/invalid-signature");
		send(failed, WebhookSignature.header("whsec_forged", now, failed)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/invalid-signature");
		send(failed,
				"t=" + now + ",v1=" + WebhookSignature.hmacSha256Hex(simulator.webhookSecret(), now, "{}".getBytes()))
			.expectStatus()
			.isBadRequest();
		long old = Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond();
		send(failed, WebhookSignature.header(simulator.webhookSecret(), old, failed)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/stale-webhook");
		byte[] garbage = "not json".getBytes(StandardCharsets.UTF_8);
		send(garbage, WebhookSignature.header(simulator.webhookSecret(), now, garbage)).expectStatus().isBadRequest();
		assertThat(paymentStatusOf(order)).isEqualTo("SUCCEEDED");
		assertThat(statusOf(order)).isEqualTo("CONFIRMED");

		// Genuine but late news of a decline for a payment that succeeded: applied once,
		// changes nothing; sent again, refused.
		String signature = WebhookSignature.header(simulator.webhookSecret(), now, failed);
		send(failed, signature).expectStatus().isNoContent();
		send(failed, signature).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/webhook-replayed");
		assertThat(paymentStatusOf(order)).isEqualTo("SUCCEEDED");
		assertThat(statusOf(order)).isEqualTo("CONFIRMED");
	}

	@Test
	void aWebhookOverItsLimitIs413BeforeItsSignatureIsChecked() throws Exception {
		long now = Instant.now().getEpochSecond();
		String id = "evt_" + UUID.randomUUID();
		// Under the services' general limit (256 KB), over the webhook's (64 KB), and
		// signed.
		byte[] large = ("{\"id\":\"" + id + "\",\"type\":\"payment_intent.succeeded\",\"pad\":\"" + "x".repeat(100_000)
				+ "\"}")
			.getBytes(StandardCharsets.UTF_8);

		send(large, WebhookSignature.header(simulator.webhookSecret(), now, large)).expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/payload-too-large");

		// 1 MB, chunked (no Content-Length): only reading can tell its size.
		long size = 1024L * 1024;
		AtomicLong served = new AtomicLong();
		InputStream endless = new InputStream() {

			@Override
			public int read() {
				return (served.getAndIncrement() < size) ? 'x' : -1;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				long left = size - served.get();
				if (left <= 0) {
					return -1;
				}
				int count = (int) Math.min(length, left);
				Arrays.fill(buffer, offset, offset + count, (byte) 'x');
				served.addAndGet(count);
				return count;
			}

		};
		HttpResponse<String> chunked = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/payments/webhook"))
				.header("Content-Type", "application/json")
				.header(WebhookSignature.HEADER, "t=" + now + ",v1=00")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(chunked.body()).contains("https://nexus.dev/problems/payload-too-large");
		assertThat(this.jdbc.sql("SELECT count(*) FROM webhook_event WHERE event_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isZero();
	}

	private UUID paidOrder() {
		UUID customer = UUID.randomUUID();
		UUID rug = givenProduct("Rug", "80.00");
		UUID order = order(customer, rug, 1);
		stockReserved(order, rug, 1);
		awaitStatus(order, "CONFIRMED");
		return order;
	}

	private RestTestClient.ResponseSpec send(byte[] body, String signature) {
		RestTestClient.RequestBodySpec request = this.http.post()
			.uri("/api/payments/webhook")
			.contentType(MediaType.APPLICATION_JSON);
		if (signature != null) {
			request.header(WebhookSignature.HEADER, signature);
		}
		return request.body(body).exchange();
	}

	private static byte[] event(String id, String type, String intent) {
		return ("{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"" + type + "\",\"data\":{\"object\":{\"id\":\""
				+ intent + "\",\"object\":\"payment_intent\",\"status\":\"requires_payment_method\","
				+ "\"last_payment_error\":{\"decline_code\":\"generic_decline\"}}}}")
			.getBytes(StandardCharsets.UTF_8);
	}

}
