package nexus.paymentsimulator;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * How a simulator starts.
 *
 * @param host the address to listen on, such as {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port the port to listen on, {@code 0} for any free one
 * @param declineAboveMinor confirmations of amounts above this many minor units (cents)
 * are declined
 * @param webhookUrl where signed webhooks are sent, or {@code null} for nowhere
 * @param webhookSecret the secret webhooks are signed with (HMAC-SHA256)
 * @param apiKey the bearer key callers must present, or {@code null} to accept any
 */
public record SimulatorSettings(String host, int port, long declineAboveMinor, @Nullable String webhookUrl,
		String webhookSecret, @Nullable String apiKey) {

	/** Where the simulator listens unless told otherwise: this machine only. */
	public static final String LOOPBACK = "127.0.0.1";

	/** The port the launcher uses when none is given. */
	public static final int DEFAULT_PORT = 8090;

	/** 5,000.00 in minor units. */
	public static final long DEFAULT_DECLINE_ABOVE_MINOR = 500_000;

	/**
	 * The webhook secret of the local default; order-service uses the same one unless
	 * told otherwise. Not a secret anywhere else.
	 */
	public static final String LOCAL_WEBHOOK_SECRET = "whsec_local_development_only";

	public SimulatorSettings {
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("host is required");
		}
		if (port < 0 || port > 65_535) {
			throw new IllegalArgumentException("port must be 0 to 65535");
		}
		if (declineAboveMinor < 0) {
			throw new IllegalArgumentException("declineAboveMinor must not be negative");
		}
		if (webhookSecret == null || webhookSecret.isBlank()) {
			throw new IllegalArgumentException("webhookSecret is required");
		}
	}

	/**
	 * Settings for tests: a free port, the default limit, no webhooks yet.
	 * @return the settings
	 */
	public static SimulatorSettings forTests() {
		return new SimulatorSettings(LOOPBACK, 0, DEFAULT_DECLINE_ABOVE_MINOR, null, LOCAL_WEBHOOK_SECRET, null);
	}

	/**
	 * Settings from the environment and arguments of the launcher: {@code --port=N} or a
	 * bare number, else {@code PAYMENT_SIMULATOR_PORT};
	 * {@code PAYMENT_SIMULATOR_DECLINE_ABOVE} (major units, such as {@code 5000.00});
	 * {@code PAYMENT_SIMULATOR_HOST} (default {@code 127.0.0.1});
	 * {@code PAYMENT_SIMULATOR_WEBHOOK_URL}; {@code PAYMENT_SIMULATOR_WEBHOOK_SECRET};
	 * {@code PAYMENT_SIMULATOR_API_KEY}.
	 * @param args command-line arguments
	 * @param env environment lookup
	 * @return the settings
	 */
	public static SimulatorSettings from(String[] args, Function<String, @Nullable String> env) {
		String port = env.apply("PAYMENT_SIMULATOR_PORT");
		for (String arg : args) {
			if (arg.startsWith("--port=")) {
				port = arg.substring("--port=".length());
			}
			else if (arg.matches("\\d+")) {
				port = arg;
			}
		}
		String limit = env.apply("PAYMENT_SIMULATOR_DECLINE_ABOVE");
		String webhookUrl = env.apply("PAYMENT_SIMULATOR_WEBHOOK_URL");
		String secret = env.apply("PAYMENT_SIMULATOR_WEBHOOK_SECRET");
		String host = env.apply("PAYMENT_SIMULATOR_HOST");
		return new SimulatorSettings(blank(host) ? LOOPBACK : host.trim(),
				blank(port) ? DEFAULT_PORT : Integer.parseInt(port.trim()),
				blank(limit) ? DEFAULT_DECLINE_ABOVE_MINOR : toMinor(new BigDecimal(limit.trim())),
				blank(webhookUrl) ? "http://localhost:8083/api/payments/webhook" : webhookUrl.trim(),
				blank(secret) ? LOCAL_WEBHOOK_SECRET : secret,
				blank(env.apply("PAYMENT_SIMULATOR_API_KEY")) ? null : env.apply("PAYMENT_SIMULATOR_API_KEY"));
	}

	/**
	 * The environment as a lookup.
	 * @return {@link System#getenv(String)} as a function
	 */
	public static Function<String, @Nullable String> systemEnvironment() {
		Map<String, String> env = System.getenv();
		return env::get;
	}

	/**
	 * An amount in major units (two decimals) as minor units.
	 * @param amount such as {@code 5000.00}
	 * @return such as {@code 500000}
	 */
	public static long toMinor(BigDecimal amount) {
		return amount.movePointRight(2).longValueExact();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
