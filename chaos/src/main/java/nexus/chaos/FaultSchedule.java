package nexus.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nexus.bench.BenchOptions;
import nexus.events.Topics;

/**
 * The faults a chaos run injects, one after another, written as a comma-separated list of
 * {@link FaultSpec}s. The full suite ({@link #FULL}) is what {@code ./chaos.sh} runs; the
 * short form ({@link #SHORT}) is what CI runs.
 */
public final class FaultSchedule {

	/** The services a fault may kill or pause (each restarted by the supervisor). */
	public static final List<String> SERVICES = List.of("user-service", "catalog-service", "order-service", "gateway");

	/** The broker and the database. */
	public static final List<String> INFRASTRUCTURE = List.of("kafka", "postgres");

	/** The payment simulator's faults. */
	public static final List<String> PAYMENT_FAULTS = List.of("slow", "errors", "down");

	/** The topics a replay may copy, by short name. */
	public static final Map<String, String> TOPICS = Map.of("orders", Topics.ORDERS, "stock", Topics.STOCK, "users",
			Topics.USERS, "products", Topics.PRODUCTS);

	/** Every fault the suite knows, in the order {@code ./chaos.sh} runs them. */
	public static final String FULL = String.join(",", "kill:order-service", "kill:catalog-service",
			"kill:user-service", "kill:gateway", "kill:kafka", "kill:postgres:20s", "pause:order-service:20s",
			"pause:catalog-service:50s", "payment:slow:20s", "payment:errors:20s", "payment:down:20s", "replay:orders",
			"replay:stock");

	/** CI's short form: one service kill and one broker kill. */
	public static final String SHORT = "kill:order-service,kill:kafka";

	/** How long a fault that needs a hold lasts when none is written. */
	static final Duration DEFAULT_HOLD = Duration.ofSeconds(20);

	private FaultSchedule() {
	}

	/**
	 * Reads a schedule.
	 * @param text such as {@code kill:order-service,kill:kafka,payment:down:20s}
	 * @return the faults, in order
	 * @throws IllegalArgumentException naming the fault that is not understood
	 */
	public static List<FaultSpec> parse(String text) {
		List<FaultSpec> faults = new ArrayList<>();
		for (String item : text.split(",")) {
			String written = item.trim();
			if (written.isEmpty()) {
				continue;
			}
			faults.add(one(written));
		}
		if (faults.isEmpty()) {
			throw new IllegalArgumentException("no fault given (for example --faults kill:order-service,kill:kafka)");
		}
		return List.copyOf(faults);
	}

	private static FaultSpec one(String written) {
		String[] parts = written.split(":");
		if (parts.length < 2 || parts.length > 3) {
			throw bad(written, "write kind:target or kind:target:duration");
		}
		FaultSpec.Kind kind;
		try {
			kind = FaultSpec.Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw bad(written, "the kind is one of kill, pause, payment, replay");
		}
		String target = parts[1];
		Duration hold = (parts.length == 3) ? BenchOptions.duration(parts[2]) : null;
		if (hold != null && (hold.isNegative() || hold.isZero())) {
			throw bad(written, "the duration must be positive");
		}
		return switch (kind) {
			case KILL -> {
				if (SERVICES.contains(target) || target.equals("kafka")) {
					if (hold != null) {
						throw bad(written, target + " is restarted by the launcher's supervisor: it takes no duration");
					}
					yield new FaultSpec(kind, target, Duration.ZERO);
				}
				if (target.equals("postgres")) {
					yield new FaultSpec(kind, target, (hold != null) ? hold : DEFAULT_HOLD);
				}
				throw bad(written, "kill one of " + String.join(", ", SERVICES) + ", kafka, postgres");
			}
			case PAUSE -> {
				if (!SERVICES.contains(target) && !target.equals("payment-simulator")) {
					throw bad(written, "pause one of " + String.join(", ", SERVICES) + ", payment-simulator");
				}
				yield new FaultSpec(kind, target, (hold != null) ? hold : DEFAULT_HOLD);
			}
			case PAYMENT -> {
				if (!PAYMENT_FAULTS.contains(target)) {
					throw bad(written, "the payment faults are " + String.join(", ", PAYMENT_FAULTS));
				}
				yield new FaultSpec(kind, target, (hold != null) ? hold : DEFAULT_HOLD);
			}
			case REPLAY -> {
				if (!TOPICS.containsKey(target)) {
					throw bad(written, "replay one of the topics "
							+ String.join(", ", TOPICS.keySet().stream().sorted().toList()));
				}
				if (hold != null) {
					throw bad(written, "a replay takes no duration");
				}
				yield new FaultSpec(kind, target, Duration.ZERO);
			}
		};
	}

	private static IllegalArgumentException bad(String written, String why) {
		return new IllegalArgumentException("fault '" + written + "' is not understood: " + why);
	}

}
