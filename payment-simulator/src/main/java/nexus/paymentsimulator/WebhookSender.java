package nexus.paymentsimulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends Stripe-style events, signed, to the configured endpoint, in the background, with
 * a few retries when the receiver is unreachable or answers 5xx (as a real provider
 * does).
 */
final class WebhookSender {

	private static final System.Logger log = System.getLogger(WebhookSender.class.getName());

	private static final int ATTEMPTS = 3;

	private final JsonMapper json;

	private final ExecutorService executor;

	private final HttpClient http;

	private final String secret;

	private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();

	private volatile @Nullable String url;

	WebhookSender(JsonMapper json, ExecutorService executor, @Nullable String url, String secret) {
		this.json = json;
		this.executor = executor;
		this.url = url;
		this.secret = secret;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).executor(executor).build();
	}

	void sendTo(@Nullable String url) {
		this.url = url;
	}

	String secret() {
		return this.secret;
	}

	List<WebhookDelivery> deliveries() {
		return List.copyOf(this.deliveries);
	}

	void clearDeliveries() {
		this.deliveries.clear();
	}

	/**
	 * Queues an event about an object.
	 * @param type such as {@code payment_intent.succeeded}
	 * @param object the object as it is now
	 */
	void send(String type, ObjectNode object) {
		String target = this.url;
		if (target == null) {
			return;
		}
		ObjectNode event = JsonNodeFactory.instance.objectNode();
		String id = "evt_" + UUID.randomUUID().toString().replace("-", "");
		event.put("id", id);
		event.put("object", "event");
		event.put("api_version", "2024-06-20");
		event.put("created", Instant.now().getEpochSecond());
		event.put("type", type);
		event.putObject("data").set("object", object.deepCopy());
		byte[] body = this.json.writeValueAsBytes(event);
		this.executor.execute(() -> deliver(target, id, type, body));
	}

	private void deliver(String target, String id, String type, byte[] body) {
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			int status = post(target, body);
			this.deliveries.add(new WebhookDelivery(id, type, status, attempt));
			// Like Stripe: a 4xx is the receiver's final word; only retry what may pass
			// later.
			if (status >= 200 && status < 500) {
				return;
			}
			LockSupport.parkNanos(Duration.ofMillis(500L * attempt).toNanos());
		}
		log.log(System.Logger.Level.WARNING, "Gave up delivering {0} {1} to {2}", type, id, target);
	}

	private int post(String target, byte[] body) {
		long timestamp = Instant.now().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(URI.create(target))
			.timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/json")
			.header(WebhookSignature.HEADER, WebhookSignature.header(this.secret, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

}
