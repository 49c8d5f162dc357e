package nexus.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The whole of Nexus on this machine, each part a process of its own, started in
 * dependency order with readiness checks: PostgreSQL, Kafka, the payment simulator, then
 * the three services and the gateway together; then the demo data, when the settings ask
 * for it. Closing it stops everything it started; so does a failure while starting.
 */
public final class LocalStack implements AutoCloseable {

	private static final List<String> SERVICE_OPTIONS = List.of("-Xms64m", "-Xmx256m", "-XX:ReservedCodeCacheSize=64m",
			"-XX:MaxDirectMemorySize=64m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
			"-Djava.awt.headless=true");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final LauncherSettings settings;

	private final Console console;

	private final String instance;

	private final Map<String, ChildProcess> applications = new LinkedHashMap<>();

	private final Map<String, Application> definitions = new HashMap<>();

	private LocalPostgres postgres;

	private ChildProcess kafka;

	private LocalStack(LauncherSettings settings, Console console) {
		this.settings = settings;
		this.console = console;
		this.instance = settings.dataDirectory().toAbsolutePath().normalize().toString();
	}

	/**
	 * Starts everything and waits until it is ready.
	 * @param settings where and how
	 * @param console where progress goes
	 * @return the running stack; close it to stop everything
	 */
	public static LocalStack start(LauncherSettings settings, Console console) {
		LocalStack stack = new LocalStack(settings, console);
		try {
			stack.startAll();
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	private void startAll() {
		prepareDataDirectory();
		int leftovers = LeftoverProcesses.stop(this.instance);
		if (leftovers > 0) {
			this.console.info("  stopped " + leftovers + " process(es) a previous run left behind");
		}
		LauncherSettings.Ports ports = this.settings.ports();
		PortChecks.requireFree(ports.gateway(), "gateway");
		PortChecks.requireFree(ports.userService(), "user-service");
		PortChecks.requireFree(ports.catalogService(), "catalog-service");
		PortChecks.requireFree(ports.orderService(), "order-service");
		PortChecks.requireFree(ports.paymentSimulator(), "payment-simulator");

		timed(() -> {
			this.postgres = LocalPostgres.start(this.settings);
			return this.postgres.description();
		});
		timed(() -> {
			if (this.settings.externalKafka() == null) {
				this.kafka = LocalKafka.start(this.settings, this.instance);
			}
			LocalKafka.createTopics(this.settings.kafkaBootstrapServers());
			return "Kafka (KRaft) at " + this.settings.kafkaBootstrapServers();
		});
		AppJars jars = new AppJars(this.settings.repository(), this.settings.dataDirectory().resolve("apps"),
				this.settings.logs());
		defineApplications(jars);
		startApplication("payment-simulator");
		List<String> services = List.of("user-service", "catalog-service", "order-service", "gateway");
		services.forEach((name) -> {
			this.console.waiting(name + " starting (log: " + this.settings.logs().resolve(name + ".log") + ")");
			launch(name);
		});
		awaitAll(services);
		if (this.settings.seed()) {
			timed(() -> new DemoData(gatewayUrl()).load());
		}
	}

	/**
	 * Stops one application, as an outage would.
	 * @param name the application
	 */
	public void stopApplication(String name) {
		ChildProcess process = this.applications.get(name);
		if (process != null) {
			process.stop(Duration.ofSeconds(30));
		}
	}

	/**
	 * Starts one application again and waits until it is ready.
	 * @param name the application
	 */
	public void startApplication(String name) {
		launch(name);
		awaitAll(List.of(name));
	}

	public String gatewayUrl() {
		return "http://localhost:" + this.settings.ports().gateway();
	}

	public String url(String application) {
		return "http://localhost:" + this.definitions.get(application).port();
	}

	/**
	 * Resident memory of everything the launcher started, itself included.
	 * @return bytes
	 */
	public long residentBytes() {
		long total = Memory.residentBytes(ProcessHandle.current().pid());
		total += (this.postgres != null) ? this.postgres.residentBytes() : 0;
		total += (this.kafka != null) ? this.kafka.residentBytes() : 0;
		for (ChildProcess process : this.applications.values()) {
			total += process.residentBytes();
		}
		return total;
	}

	private void launch(String name) {
		Application application = this.definitions.get(name);
		ChildProcess process = new ChildProcess(name, application.command(), application.environment(),
				this.settings.repository(), this.settings.logs().resolve(name + ".log"));
		this.applications.put(name, process);
		process.start();
	}

	private void awaitAll(List<String> names) {
		List<CompletableFuture<Void>> ready = new ArrayList<>();
		for (String name : names) {
			long started = System.nanoTime();
			ChildProcess process = this.applications.get(name);
			Application application = this.definitions.get(name);
			ready.add(CompletableFuture.runAsync(() -> {
				process.awaitReady(() -> isReady(application.readinessUrl()), this.settings.startTimeout());
				this.console.step(name + " on :" + application.port(), Duration.ofNanos(System.nanoTime() - started));
			}));
		}
		try {
			CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

	private static boolean isReady(String url) {
		try {
			HttpResponse<Void> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void defineApplications(AppJars jars) {
		LauncherSettings.Ports ports = this.settings.ports();
		Path caches = this.settings.startupCache() ? this.settings.dataDirectory().resolve("startup-cache") : null;
		String kafka = this.settings.kafkaBootstrapServers();
		String jwks = "http://localhost:" + ports.userService() + "/.well-known/jwks.json";

		Path simulator = jars.built("payment-simulator", "exec");
		this.definitions.put("payment-simulator",
				new Application(ports.paymentSimulator(), JavaCommand.forJar(simulator, caches, "payment-simulator",
						List.of("-Xms16m", "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), this.instance),
						Map.of("PAYMENT_SIMULATOR_PORT", Integer.toString(ports.paymentSimulator()),
								"PAYMENT_SIMULATOR_WEBHOOK_URL",
								"http://localhost:" + ports.orderService() + "/api/payments/webhook"),
						"http://localhost:" + ports.paymentSimulator() + "/_simulator/health"));

		// The local profile: a run on one machine, which may use the development secrets,
		// generated keys and administrator password (every service refuses them
		// otherwise).
		Map<String, String> common = Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka, "NEXUS_SECURITY_JWT_JWK_SET_URI", jwks,
				"SPRING_PROFILES_ACTIVE", "local");
		service(jars, caches, "user-service", ports.userService(),
				with(common, database("nexus_users"),
						Map.of("NEXUS_ADMIN_EMAIL", LauncherSettings.ADMIN_EMAIL, "NEXUS_ADMIN_PASSWORD",
								LauncherSettings.ADMIN_PASSWORD, "NEXUS_TOKEN_KEYS_DIR",
								this.settings.dataDirectory().resolve("keys").toString())));
		service(jars, caches, "catalog-service", ports.catalogService(), with(common, database("nexus_catalog")));
		service(jars, caches, "order-service", ports.orderService(), with(common, database("nexus_orders"),
				Map.of("PAYMENT_PROVIDER_URL", "http://localhost:" + ports.paymentSimulator())));
		service(jars, caches, "gateway", ports.gateway(),
				with(common,
						Map.of("USER_SERVICE_URL", "http://localhost:" + ports.userService(), "CATALOG_SERVICE_URL",
								"http://localhost:" + ports.catalogService(), "ORDER_SERVICE_URL",
								"http://localhost:" + ports.orderService(), "GRAPHIQL_ENABLED", "true")));
	}

	private void service(AppJars jars, Path caches, String name, int port, Map<String, String> environment) {
		Path jar = jars.unpacked(name, jars.built(name, null));
		Map<String, String> env = with(environment, Map.of("SERVER_PORT", Integer.toString(port)));
		this.definitions.put(name,
				new Application(port, JavaCommand.forJar(jar, caches, name, SERVICE_OPTIONS, this.instance), env,
						"http://localhost:" + port + "/actuator/health/readiness"));
	}

	private Map<String, String> database(String database) {
		return Map.of("DATABASE_URL", this.postgres.urlOf(database), "DATABASE_USER", LocalPostgres.USER,
				"DATABASE_PASSWORD", LocalPostgres.PASSWORD);
	}

	@SafeVarargs
	private static Map<String, String> with(Map<String, String>... parts) {
		Map<String, String> merged = new HashMap<>();
		for (Map<String, String> part : parts) {
			merged.putAll(part);
		}
		return merged;
	}

	private void timed(java.util.function.Supplier<String> step) {
		long started = System.nanoTime();
		String description = step.get();
		this.console.step(description, Duration.ofNanos(System.nanoTime() - started));
	}

	private void prepareDataDirectory() {
		Path data = this.settings.dataDirectory();
		try {
			if (this.settings.fresh()) {
				// Start-up caches and unpacked jars survive: they hold no data.
				for (String part : List.of("postgres", "kafka", "keys")) {
					deleteRecursively(data.resolve(part));
				}
			}
			Files.createDirectories(this.settings.logs());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	@Override
	public void close() {
		// All at once: on a first run each application writes its start-up cache as it
		// stops, which takes a while.
		CompletableFuture
			.allOf(this.applications.values()
				.stream()
				.map((process) -> CompletableFuture.runAsync(() -> process.stop(Duration.ofSeconds(90))))
				.toArray(CompletableFuture[]::new))
			.join();
		if (this.kafka != null) {
			this.kafka.stop(Duration.ofSeconds(30));
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	/**
	 * How to run one application.
	 *
	 * @param port its port
	 * @param command its command line
	 * @param environment its environment
	 * @param readinessUrl answers 200 once it is ready
	 */
	private record Application(int port, List<String> command, Map<String, String> environment, String readinessUrl) {
	}

}
