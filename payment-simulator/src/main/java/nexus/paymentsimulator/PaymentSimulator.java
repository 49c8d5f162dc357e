package nexus.paymentsimulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A payment provider with the shape of Stripe's PaymentIntents API, over real HTTP, that
 * a test can steer: it approves, declines amounts above a limit, and can be made slow,
 * failing or unreachable. It sends signed webhooks for what happens to payments.
 * <p>
 * Start one in-JVM with {@link #start(SimulatorSettings)}; {@link PaymentSimulatorMain}
 * runs one as a process. Thread-safe.
 */
public final class PaymentSimulator implements AutoCloseable {

	private static final System.Logger log = System.getLogger(PaymentSimulator.class.getName());

	private final SimulatorSettings settings;

	private final JsonMapper json = JsonMapper.builder().build();

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final Faults faults = new Faults();

	private final WebhookSender webhooks;

	private final PaymentIntents intents;

	private final Object lifecycle = new Object();

	private @Nullable HttpServer server;

	private int port;

	private PaymentSimulator(SimulatorSettings settings) {
		this.settings = settings;
		this.webhooks = new WebhookSender(this.json, this.executor, settings.webhookUrl(), settings.webhookSecret());
		this.intents = new PaymentIntents(this.webhooks, settings.declineAboveMinor());
		this.port = settings.port();
	}

	/**
	 * Starts a simulator.
	 * @param settings how
	 * @return the running simulator; close it when done
	 */
	public static PaymentSimulator start(SimulatorSettings settings) {
		PaymentSimulator simulator = new PaymentSimulator(settings);
		simulator.up();
		return simulator;
	}

	/**
	 * Starts a simulator for tests, on a free loopback port.
	 * @return the running simulator
	 */
	public static PaymentSimulator startForTests() {
		return start(SimulatorSettings.forTests());
	}

	/**
	 * The base URL clients on this machine call, such as {@code http://127.0.0.1:8090}.
	 * @return the URL, stable across {@link #down()} and {@link #up()}
	 */
	public String baseUrl() {
		String host = this.settings.host();
		return "http://" + ("0.0.0.0".equals(host) ? SimulatorSettings.LOOPBACK : host) + ":" + port();
	}

	public int port() {
		synchronized (this.lifecycle) {
			return this.port;
		}
	}

	/** Starts listening (again), on the same port as before. */
	public void up() {
		synchronized (this.lifecycle) {
			if (this.server != null) {
				return;
			}
			try {
				HttpServer started = HttpServer.create(new InetSocketAddress(this.settings.host(), this.port), 100);
				started.createContext("/v1/",
						new ApiHandler(this.intents, this.faults, this.json, this.settings.apiKey()));
				started.createContext("/_simulator/", new ControlHandler(this, this.json));
				started.setExecutor(this.executor);
				started.start();
				this.server = started;
				this.port = started.getAddress().getPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot listen on port " + this.port, ex);
			}
		}
	}

	/** Stops listening: callers get "connection refused" until {@link #up()}. */
	public void down() {
		synchronized (this.lifecycle) {
			if (this.server != null) {
				this.server.stop(0);
				this.server = null;
			}
		}
	}

	/**
	 * Goes down for a while, then comes back by itself. Returns at once (so that it can
	 * be asked for over HTTP).
	 * @param duration how long to stay down
	 */
	public void downFor(Duration duration) {
		this.executor.execute(() -> {
			LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
			down();
			LockSupport.parkNanos(duration.toNanos());
			up();
		});
	}

	public boolean isUp() {
		synchronized (this.lifecycle) {
			return this.server != null;
		}
	}

	/**
	 * Makes the next calls slow. The work is still done after the delay, as a real
	 * provider finishes a request its caller stopped waiting for.
	 * @param delay how long each waits before it is handled
	 * @param calls how many calls
	 * @param operations which operations; none means all
	 */
	public void slowDown(Duration delay, int calls, Operation... operations) {
		this.faults.slowDown(delay, calls, operations);
	}

	/**
	 * Makes the next calls fail with 500 {@code api_error}, without doing anything.
	 * @param calls how many calls
	 * @param operations which operations; none means all
	 */
	public void failNext(int calls, Operation... operations) {
		this.faults.failNext(calls, operations);
	}

	/**
	 * Declines confirmations of amounts above a limit.
	 * @param minorUnits the limit in minor units (cents)
	 */
	public void declineAbove(long minorUnits) {
		this.intents.declineAbove(minorUnits);
	}

	/**
	 * Where webhooks go from now on.
	 * @param url the endpoint, or {@code null} to send none
	 */
	public void sendWebhooksTo(@Nullable String url) {
		this.webhooks.sendTo(url);
	}

	public String webhookSecret() {
		return this.webhooks.secret();
	}

	/**
	 * Back to normal behaviour: up, no faults, the configured limit; counters and
	 * delivery records cleared. Payments are kept.
	 */
	public void reset() {
		this.faults.reset();
		this.intents.declineAbove(this.settings.declineAboveMinor());
		this.webhooks.clearDeliveries();
		up();
	}

	/**
	 * How many calls of an operation arrived since the last {@link #reset()}.
	 * @param operation the operation
	 * @return the count, failed and slow ones included
	 */
	public int requests(Operation operation) {
		return this.faults.requests(operation);
	}

	/**
	 * The most calls that were in progress at the same time since the last
	 * {@link #reset()}.
	 * @return the peak
	 */
	public int maxConcurrentRequests() {
		return this.faults.maxInFlight();
	}

	public Optional<PaymentIntentView> intent(String id) {
		return this.intents.view(id);
	}

	/**
	 * The intents created with {@code metadata[order_id]} equal to an order id.
	 * @param orderId the order id
	 * @return its intents
	 */
	public List<PaymentIntentView> intentsForOrder(String orderId) {
		return this.intents.forOrder(orderId);
	}

	public List<PaymentIntentView> intents() {
		return this.intents.all();
	}

	public List<WebhookDelivery> webhookDeliveries() {
		return this.webhooks.deliveries();
	}

	@Override
	public void close() {
		down();
		this.executor.shutdownNow();
		log.log(System.Logger.Level.DEBUG, "Payment simulator stopped");
	}

}
