package nexus.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a run goes: which scenarios, how long each, how many customers and products, and
 * which stack (one the benchmark starts, or one already running).
 *
 * @param closedClients client counts of the closed-loop order scenarios
 * @param closedDuration how long each closed-loop scenario sends
 * @param pacedRates rates (orders per second) of the paced scenarios
 * @param pacedDuration how long each paced scenario sends
 * @param readClients concurrent clients of the read scenarios, each count a run of every
 * read
 * @param readDuration how long each read runs, through the gateway and again direct
 * @param warmup how long orders are sent (at a gentle rate) before anything is measured
 * @param idle how long the idle CPU of each process is measured
 * @param drainTimeout how long a scenario waits for its orders to become final
 * @param settleTimeout how long the final check gives a rule that may be catching up
 * @param customers customers the run registers
 * @param products products the run creates
 * @param stock units each product starts with
 * @param scenarios which kinds run: {@code closed}, {@code paced}, {@code reads}
 * @param results where results go ({@code null}: {@code benchmarks/results/<time>})
 * @param running the running stack to use, or {@code null} to start one
 */
public record BenchOptions(List<Integer> closedClients, Duration closedDuration, List<Double> pacedRates,
		Duration pacedDuration, List<Integer> readClients, Duration readDuration, Duration warmup, Duration idle,
		Duration drainTimeout, Duration settleTimeout, int customers, int products, int stock, Set<String> scenarios,
		Path results, RunningStack running) {

	private static final Set<String> VALUED = Set.of("closed-clients", "closed-duration", "paced-rates",
			"paced-duration", "read-clients", "read-duration", "warmup", "idle", "drain-timeout", "settle-timeout",
			"customers", "products", "stock", "scenarios", "results");

	static final String USAGE = """
			Usage: ./bench.sh [options]
			  Starts the local stack (free ports, fresh data in .nexus-bench/), creates its own customers and
			  products, warms up, runs the scenarios, checks the invariants and writes results under
			  benchmarks/results/<time>/. Exit code 0: done and every invariant held; 3: an invariant was
			  violated; 1: the tool failed. Speed never changes the exit code.

			Scenarios and sizes (durations like 30s, 2m, 500ms):
			  --quick                    a short run of every scenario (about a minute after start-up)
			  --scenarios LIST           closed,paced,reads (default: all)
			  --closed-clients LIST      closed-loop order clients (default 4,16,64)
			  --closed-duration D        each closed-loop scenario (default 25s)
			  --paced-rates LIST         paced orders per second (default 40,100,200)
			  --paced-duration D         each paced scenario (default 25s)
			  --read-clients LIST        concurrent read clients (default 16,64)
			  --read-duration D          each read, through the gateway and direct (default 8s)
			  --warmup D                 gentle orders and reads before measuring (default 20s)
			  --idle D                   idle CPU measured before the scenarios (default 5s)
			  --drain-timeout D          how long a scenario waits for its orders to end (default 150s)
			  --settle-timeout D         how long the final check waits for sales and refunds (default 60s)
			  --customers N              customers to register (default 50)
			  --products N               products to create (default 20)
			  --stock N                  units each product starts with (default 1000000)
			  --results DIR              where results go (default benchmarks/results/<time>)

			A running stack instead of starting one:
			  --running                  use a running stack (its rate limits should be raised, see the README)
			  --gateway URL              default http://localhost:8080
			  --catalog-service URL      for the direct reads and CPU (default http://localhost:8082)
			  --order-service URL        for reading orders and CPU (default http://localhost:8083)
			  --user-service URL         for CPU (default http://localhost:8081)
			  --simulator URL            payment checks and CPU (default http://localhost:8090; "none" skips)
			  --catalog-jdbc URL         stock checks (default jdbc:postgresql://localhost:55432/nexus_catalog;
			                             "none" skips)
			  --jdbc-user U, --jdbc-password P   (default nexus / nexus)
			  --kafka-port N             for CPU (default 9092)
			  --admin-email E, --admin-password P   (default the local administrator)
			""";

	/**
	 * The defaults: the full run (about 5 to 8 minutes after the stack started).
	 * @return the options
	 */
	public static BenchOptions defaults() {
		return new BenchOptions(List.of(4, 16, 64), Duration.ofSeconds(25), List.of(40.0, 100.0, 200.0),
				Duration.ofSeconds(25), List.of(16, 64), Duration.ofSeconds(8), Duration.ofSeconds(20),
				Duration.ofSeconds(5), Duration.ofSeconds(150), Duration.ofSeconds(60), 50, 20, 1_000_000,
				Set.of("closed", "paced", "reads"), null, null);
	}

	/**
	 * The short form: every scenario, briefly.
	 * @return the options
	 */
	public static BenchOptions quick() {
		return new BenchOptions(List.of(4, 16, 64), Duration.ofSeconds(5), List.of(40.0, 100.0, 200.0),
				Duration.ofSeconds(5), List.of(16, 64), Duration.ofSeconds(2), Duration.ofSeconds(5),
				Duration.ofSeconds(2), Duration.ofSeconds(90), Duration.ofSeconds(45), 12, 5, 1_000_000,
				Set.of("closed", "paced", "reads"), null, null);
	}

	/**
	 * Options from the command line.
	 * @param args the arguments
	 * @return the options
	 * @throws IllegalArgumentException for an unknown option or a bad value
	 */
	public static BenchOptions parse(String... args) {
		Set<String> valued = new java.util.HashSet<>(VALUED);
		valued.addAll(RunningStack.OPTIONS);
		Map<String, String> values = CommandLine.parse(args, Set.of("quick", "running"), valued, USAGE);
		BenchOptions options = (values.remove("quick") != null) ? quick() : defaults();
		boolean running = values.remove("running") != null;
		Map<String, String> stackValues = new LinkedHashMap<>();
		List<Integer> closedClients = options.closedClients();
		Duration closedDuration = options.closedDuration();
		List<Double> pacedRates = options.pacedRates();
		Duration pacedDuration = options.pacedDuration();
		List<Integer> readClients = options.readClients();
		Duration readDuration = options.readDuration();
		Duration warmup = options.warmup();
		Duration idle = options.idle();
		Duration drain = options.drainTimeout();
		Duration settle = options.settleTimeout();
		int customers = options.customers();
		int products = options.products();
		int stock = options.stock();
		Set<String> scenarios = options.scenarios();
		Path results = options.results();
		for (Map.Entry<String, String> entry : values.entrySet()) {
			String value = entry.getValue();
			switch (entry.getKey()) {
				case "closed-clients" -> closedClients = positiveInts(value);
				case "closed-duration" -> closedDuration = duration(value);
				case "paced-rates" -> pacedRates = positiveDoubles(value);
				case "paced-duration" -> pacedDuration = duration(value);
				case "read-clients" -> readClients = positiveInts(value);
				case "read-duration" -> readDuration = duration(value);
				case "warmup" -> warmup = duration(value);
				case "idle" -> idle = duration(value);
				case "drain-timeout" -> drain = duration(value);
				case "settle-timeout" -> settle = duration(value);
				case "customers" -> customers = positive(value);
				case "products" -> products = positive(value);
				case "stock" -> stock = positive(value);
				case "scenarios" -> scenarios = scenarios(value);
				case "results" -> results = Path.of(value);
				default -> {
					if (!running) {
						throw new IllegalArgumentException("--" + entry.getKey() + " needs --running");
					}
					stackValues.put(entry.getKey(), value);
				}
			}
		}
		RunningStack stack = running ? RunningStack.from(stackValues) : null;
		return new BenchOptions(closedClients, closedDuration, pacedRates, pacedDuration, readClients, readDuration,
				warmup, idle, drain, settle, customers, products, stock, scenarios, results, stack);
	}

	private static String none(String value) {
		return "none".equalsIgnoreCase(value) ? null : value;
	}

	/**
	 * Parses a duration: {@code 30s}, {@code 2m}, {@code 500ms}, or bare seconds.
	 * @param text the text
	 * @return the duration
	 */
	public static Duration duration(String text) {
		String value = text.trim().toLowerCase(Locale.ROOT);
		try {
			if (value.endsWith("ms")) {
				return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
			}
			if (value.endsWith("s")) {
				return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
			}
			if (value.endsWith("m")) {
				return Duration.ofSeconds(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 60));
			}
			return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("not a duration: " + text + " (use 30s, 2m or 500ms)");
		}
	}

	private static int positive(String text) {
		try {
			int value = Integer.parseInt(text.trim());
			if (value < 1) {
				throw new IllegalArgumentException("must be at least 1: " + text);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("not a whole number: " + text);
		}
	}

	private static List<Integer> positiveInts(String text) {
		List<Integer> values = new ArrayList<>();
		for (String part : text.split(",")) {
			values.add(positive(part));
		}
		return List.copyOf(values);
	}

	private static List<Double> positiveDoubles(String text) {
		List<Double> values = new ArrayList<>();
		for (String part : text.split(",")) {
			try {
				double value = Double.parseDouble(part.trim());
				if (!(value > 0)) {
					throw new IllegalArgumentException("a rate must be above 0: " + part);
				}
				values.add(value);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("not a rate: " + part);
			}
		}
		return List.copyOf(values);
	}

	private static Set<String> scenarios(String text) {
		Set<String> known = Set.of("closed", "paced", "reads");
		Set<String> chosen = new java.util.LinkedHashSet<>();
		for (String part : text.split(",")) {
			String name = part.trim().toLowerCase(Locale.ROOT);
			if (!known.contains(name)) {
				throw new IllegalArgumentException("unknown scenario " + part + " (closed, paced, reads)");
			}
			chosen.add(name);
		}
		return Set.copyOf(chosen);
	}

	/**
	 * A stack that is already running.
	 *
	 * @param gateway the gateway's URL
	 * @param catalogService catalog-service's URL (direct reads; CPU)
	 * @param orderService order-service's URL (reading orders; CPU)
	 * @param userService user-service's URL (CPU)
	 * @param simulator the payment simulator's URL, or {@code null} to skip payment
	 * checks
	 * @param catalogJdbc catalog-service's database, or {@code null} to skip stock checks
	 * @param jdbcUser its user
	 * @param jdbcPassword its password
	 * @param kafkaPort the broker's port (CPU)
	 * @param adminEmail an administrator
	 * @param adminPassword their password
	 */
	public record RunningStack(String gateway, String catalogService, String orderService, String userService,
			String simulator, String catalogJdbc, String jdbcUser, String jdbcPassword, int kafkaPort,
			String adminEmail, String adminPassword) {

		static final Set<String> OPTIONS = Set.of("gateway", "catalog-service", "order-service", "user-service",
				"simulator", "catalog-jdbc", "jdbc-user", "jdbc-password", "kafka-port", "admin-email",
				"admin-password");

		/**
		 * What {@code ./run.sh} runs with its default settings.
		 * @return the stack
		 */
		public static RunningStack defaults() {
			return new RunningStack("http://localhost:8080", "http://localhost:8082", "http://localhost:8083",
					"http://localhost:8081", "http://localhost:8090", "jdbc:postgresql://localhost:55432/nexus_catalog",
					"nexus", "nexus", 9092, "admin@nexus.local", "nexus-admin-dev");
		}

		static RunningStack from(Map<String, String> values) {
			RunningStack d = defaults();
			return new RunningStack(values.getOrDefault("gateway", d.gateway()),
					values.getOrDefault("catalog-service", d.catalogService()),
					values.getOrDefault("order-service", d.orderService()),
					values.getOrDefault("user-service", d.userService()),
					none(values.getOrDefault("simulator", d.simulator())),
					none(values.getOrDefault("catalog-jdbc", d.catalogJdbc())),
					values.getOrDefault("jdbc-user", d.jdbcUser()),
					values.getOrDefault("jdbc-password", d.jdbcPassword()),
					values.containsKey("kafka-port") ? positive(values.get("kafka-port")) : d.kafkaPort(),
					values.getOrDefault("admin-email", d.adminEmail()),
					values.getOrDefault("admin-password", d.adminPassword()));
		}

	}

}
