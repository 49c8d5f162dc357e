package nexus.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The whole of Nexus on this machine, each part a process of its own, started in
 * dependency order with readiness checks: PostgreSQL, Kafka, the payment simulator, then
 * the three services and the gateway together; then the demo data, when the settings ask
 * for it. Once it is up, a {@link Supervisor} watches the processes and starts again one
 * that exits. Closing it stops everything it started; so does a failure while starting.
 */
public final class LocalStack implements AutoCloseable {

	private static final List<String> SERVICE_OPTIONS = List.of("-Xms64m", "-Xmx256m", "-XX:ReservedCodeCacheSize=64m",
			"-XX:MaxDirectMemorySize=64m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
			// An OutOfMemoryError ends the JVM (exit code 3), so the supervisor restarts
			// it,
			// as the containers do, instead of leaving it limping.
			"-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final LauncherSettings settings;

	private final Console console;

	private final String instance;

	private final Map<String, ChildProcess> applications = new ConcurrentHashMap<>();

	private final Map<String, Application> definitions = new HashMap<>();

	private final Supervisor supervisor;

	private volatile LocalPostgres postgres;

	private volatile ChildProcess kafka;

	private boolean closed;

	private LocalStack(LauncherSettings settings, Console console) {
		this.settings = settings;
		this.console = console;
		this.instance = settings.dataDirectory().toAbsolutePath().normalize().toString();
		this.supervisor = new Supervisor(this::relaunch, console, settings.restart(), Duration.ofSeconds(1),
				statusFile(settings));
	}

	/**
	 * Where a running stack says what is up, for {@code ./run.sh status}.
	 * @param settings the stack's settings
	 * @return the file
	 */
	static Path statusFile(LauncherSettings settings) {
		return settings.dataDirectory().resolve("status");
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
			stack.supervisor.start();
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	private void startAll() {
		prepareDataDirectory(this.settings, this.console);
		reportDiskUse();
		int leftovers = LeftoverProcesses.stop(this.instance);
		if (leftovers > 0) {
			this.console.info("  stopped " + leftovers + " process(es) a previous run left behind");
		}
		LauncherSettings.Ports ports = this.settings.ports();
		InetAddress servicesAddress = address(this.settings.bindAddress());
		requireFree(ports.gateway(), "gateway", address(this.settings.gatewayBindAddress()));
		requireFree(ports.userService(), "user-service", servicesAddress);
		requireFree(ports.catalogService(), "catalog-service", servicesAddress);
		requireFree(ports.orderService(), "order-service", servicesAddress);
		requireFree(ports.paymentSimulator(), "payment-simulator", servicesAddress);

		// PostgreSQL and Kafka do not need each other: they start together.
		CompletableFuture<Void> broker = CompletableFuture.runAsync(() -> timed(() -> {
			if (this.settings.externalKafka() == null) {
				this.kafka = LocalKafka.start(this.settings, this.instance, this.console);
				this.supervisor.watch("kafka", ports.kafka(), this.kafka);
			}
			LocalKafka.createTopics(this.settings.kafkaBootstrapServers());
			return "Kafka (KRaft) at " + this.settings.kafkaBootstrapServers();
		}));
		try {
			timed(() -> {
				this.postgres = LocalPostgres.start(this.settings, this.console);
				return this.postgres.description();
			});
		}
		catch (RuntimeException ex) {
			// Let the broker finish starting, so that closing the stack stops it.
			broker.exceptionally((failure) -> null).join();
			throw ex;
		}
		join(broker);
		AppJars jars = new AppJars(this.settings.repository(), this.settings.dataDirectory().resolve("apps"),
				this.settings.logs());
		defineApplications(jars);
		// The simulator is needed only when the first payment is taken: it starts with
		// the
		// services.
		List<String> services = List.of("payment-simulator", "user-service", "catalog-service", "order-service",
				"gateway");
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
	 * The process id of a running application, for tests that kill it as a crash would.
	 * @param name the application
	 * @return its pid
	 */
	public long pid(String name) {
		return this.applications.get(name).pid();
	}

	/**
	 * The process id of the Kafka broker the launcher runs, for a chaos run that kills it
	 * as a crash would (the supervisor then starts it again).
	 * @return its pid, or empty when the stack uses an external broker
	 */
	public OptionalLong kafkaPid() {
		ChildProcess broker = this.kafka;
		return (broker != null && broker.alive()) ? OptionalLong.of(broker.pid()) : OptionalLong.empty();
	}

	/**
	 * The process id of embedded PostgreSQL's server (the postmaster), for a chaos run
	 * that kills it as a crash would. Nothing restarts it by itself:
	 * {@link #restartPostgres()} does.
	 * @return its pid, or empty when the stack uses an external server or it is not
	 * running
	 */
	public OptionalLong postgresPid() {
		LocalPostgres server = this.postgres;
		return (server != null) ? server.pid() : OptionalLong.empty();
	}

	/**
	 * Starts embedded PostgreSQL again on its data and port, after it died (a
	 * {@code kill -9}) or to restart it (a running server is stopped first), and waits
	 * until it answers. The services reconnect by themselves.
	 */
	public void restartPostgres() {
		synchronized (this) {
			if (this.closed) {
				throw new LauncherException("the stack is stopping; not starting PostgreSQL");
			}
		}
		LocalPostgres old = this.postgres;
		if (old == null || !old.embedded()) {
			throw new LauncherException(
					"PostgreSQL is not run by the launcher (an external server); not restarting it");
		}
		old.close();
		timed(() -> {
			this.postgres = LocalPostgres.start(this.settings, this.console);
			return "PostgreSQL started again: " + this.postgres.description();
		});
	}

	/**
	 * What is up: each process the stack watches, with its state and restarts.
	 * @return one status per process
	 */
	public List<Supervisor.Status> status() {
		return this.supervisor.status();
	}

	/**
	 * One process's status.
	 * @param name the process
	 * @return its status
	 */
	public Supervisor.Status status(String name) {
		return status().stream()
			.filter((status) -> status.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no process " + name));
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
		String host = application.equals("gateway") ? "localhost" : this.settings.serviceHost();
		return "http://" + host + ":" + this.definitions.get(application).port();
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

	private synchronized void launch(String name) {
		if (this.closed) {
			throw new LauncherException("the stack is stopping; not starting " + name);
		}
		Application application = this.definitions.get(name);
		ChildProcess process = new ChildProcess(name, application.command(),
				with(application.environment(), JavaCommand.NATIVE_MEMORY), this.settings.repository(),
				this.settings.logs().resolve(name + ".log"));
		if (this.applications.containsKey(name)) {
			// Started again: its log keeps how the last run ended.
			process.appendingToLog();
		}
		this.applications.put(name, process);
		process.start();
	}

	// The supervisor's way to start a process again: ready, or stopped and failed.
	private ChildProcess relaunch(String name) {
		if (name.equals("kafka")) {
			ChildProcess old = this.kafka;
			if (old != null) {
				old.stop(Duration.ofSeconds(5));
			}
			synchronized (this) {
				if (this.closed) {
					throw new LauncherException("the stack is stopping; not starting kafka");
				}
			}
			this.kafka = LocalKafka.start(this.settings, this.instance, this.console, true);
			return this.kafka;
		}
		Application application = this.definitions.get(name);
		requireFree(application.port(), name,
				address(name.equals("gateway") ? this.settings.gatewayBindAddress() : this.settings.bindAddress()));
		launch(name);
		try {
			awaitAll(List.of(name));
			return this.applications.get(name);
		}
		catch (RuntimeException ex) {
			this.applications.get(name).stop(Duration.ofSeconds(10));
			throw ex;
		}
	}

	private void requireFree(int port, String owner, InetAddress bindAddress) {
		PortChecks.requireFree(port, owner, bindAddress, PortChecks.TIME_WAIT, this.console::waiting);
	}

	static InetAddress address(String host) {
		if (host == null || host.isBlank()) {
			return null;
		}
		try {
			return InetAddress.getByName(host);
		}
		catch (UnknownHostException ex) {
			throw new LauncherException("cannot resolve the bind address " + host + ": " + ex.getMessage(), ex);
		}
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
				this.supervisor.watch(name, application.port(), process);
			}));
		}
		join(CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)));
	}

	private static void join(CompletableFuture<Void> future) {
		try {
			future.join();
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
		String host = this.settings.serviceHost();
		String jwks = "http://" + host + ":" + ports.userService() + "/.well-known/jwks.json";

		Path simulator = jars.built("payment-simulator", "exec");
		this.definitions.put("payment-simulator",
				new Application(ports.paymentSimulator(),
						JavaCommand.forJar(simulator, caches, "payment-simulator",
								List.of("-Xms16m", "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
										"-XX:+ExitOnOutOfMemoryError"),
								this.instance),
						Map.of("PAYMENT_SIMULATOR_PORT", Integer.toString(ports.paymentSimulator()),
								"PAYMENT_SIMULATOR_HOST", this.settings.bindAddress(), "PAYMENT_SIMULATOR_WEBHOOK_URL",
								"http://" + host + ":" + ports.orderService() + "/api/payments/webhook"),
						"http://" + host + ":" + ports.paymentSimulator() + "/_simulator/health"));

		// The local profile: a run on one machine, which may use the development secrets,
		// generated keys and administrator password (every service refuses them
		// otherwise).
		Map<String, String> common = Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka, "NEXUS_SECURITY_JWT_JWK_SET_URI", jwks,
				"SPRING_PROFILES_ACTIVE", "local");
		Map<String, String> bind = Map.of("SERVER_ADDRESS", this.settings.bindAddress());
		service(jars, caches, "user-service", ports.userService(),
				with(common, bind, database("nexus_users"),
						Map.of("NEXUS_ADMIN_EMAIL", LauncherSettings.ADMIN_EMAIL, "NEXUS_ADMIN_PASSWORD",
								LauncherSettings.ADMIN_PASSWORD, "NEXUS_TOKEN_KEYS_DIR",
								this.settings.dataDirectory().resolve("keys").toString())));
		service(jars, caches, "catalog-service", ports.catalogService(), with(common, bind, database("nexus_catalog")));
		service(jars, caches, "order-service", ports.orderService(), with(common, bind, database("nexus_orders"),
				Map.of("PAYMENT_PROVIDER_URL", "http://" + host + ":" + ports.paymentSimulator())));
		// The gateway is the only door: it keeps listening on every interface unless told
		// otherwise.
		String gatewayBind = this.settings.gatewayBindAddress();
		service(jars, caches, "gateway", ports.gateway(),
				with(common, (gatewayBind != null) ? Map.of("SERVER_ADDRESS", gatewayBind) : Map.of(),
						Map.of("USER_SERVICE_URL", "http://" + host + ":" + ports.userService(), "CATALOG_SERVICE_URL",
								"http://" + host + ":" + ports.catalogService(), "ORDER_SERVICE_URL",
								"http://" + host + ":" + ports.orderService(), "GRAPHIQL_ENABLED", "true")));
	}

	private void service(AppJars jars, Path caches, String name, int port, Map<String, String> environment) {
		Path jar = jars.unpacked(name, jars.built(name, null));
		Map<String, String> env = with(environment, Map.of("SERVER_PORT", Integer.toString(port)));
		String host = name.equals("gateway") ? "localhost" : this.settings.serviceHost();
		this.definitions.put(name,
				new Application(port, JavaCommand.forJar(jar, caches, name, SERVICE_OPTIONS, this.instance), env,
						"http://" + host + ":" + port + "/actuator/health/readiness"));
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

	/**
	 * Empties what {@code --fresh} and {@code --clean-caches} ask to, and makes the log
	 * directory.
	 * @param settings the settings
	 * @param console where it says what it removed
	 */
	static void prepareDataDirectory(LauncherSettings settings, Console console) {
		Path data = settings.dataDirectory();
		try {
			if (settings.fresh()) {
				// Start-up caches and unpacked jars survive: they hold no data.
				for (String part : List.of("postgres", "kafka", "keys")) {
					DiskUse.deleteRecursively(data.resolve(part));
				}
			}
			if (settings.cleanCaches()) {
				for (String part : List.of("startup-cache", "apps")) {
					DiskUse.deleteRecursively(data.resolve(part));
				}
				console.info("  removed the start-up caches and unpacked jars; this run records them again");
			}
			Files.createDirectories(settings.logs());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		synchronized (this) {
			this.closed = true;
		}
		this.supervisor.close();
		// All at once: on a first run each application writes its start-up cache as it
		// stops, which takes a while; say what is still going on every few seconds.
		long started = System.nanoTime();
		Map<String, CompletableFuture<Void>> stopping = new LinkedHashMap<>();
		this.applications.forEach((name, process) -> stopping.put(name,
				CompletableFuture.runAsync(() -> process.stop(Duration.ofSeconds(90)))));
		CompletableFuture<Void> all = CompletableFuture.allOf(stopping.values().toArray(CompletableFuture[]::new));
		while (true) {
			try {
				all.get(5, TimeUnit.SECONDS);
				break;
			}
			catch (TimeoutException ex) {
				List<String> still = stopping.entrySet()
					.stream()
					.filter((entry) -> !entry.getValue().isDone())
					.map((entry) -> describeStopping(entry.getKey()))
					.toList();
				this.console.waiting(String.format(Locale.ROOT, "%.0f s: still stopping %s",
						(System.nanoTime() - started) / 1e9, String.join(", ", still)));
			}
			catch (ExecutionException ex) {
				break;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		ChildProcess broker = this.kafka;
		if (broker != null) {
			broker.stop(Duration.ofSeconds(30));
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	// An application that records its start-up cache writes it as it stops (JDK 25: the
	// JVM assembles the AOT cache from what it recorded, in a process of its own).
	private String describeStopping(String name) {
		Application application = this.definitions.get(name);
		if (application == null || application.recordingCache() == null) {
			return name;
		}
		Path cache = application.recordingCache();
		long bytes = 0;
		try (Stream<Path> files = Files.list(cache.getParent())) {
			for (Path file : files.filter((file) -> file.getFileName().toString().startsWith(name + ".")).toList()) {
				bytes += Files.size(file);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			// Size unknown.
		}
		return name + " (writing its start-up cache, " + (bytes / (1024 * 1024)) + " MB so far)";
	}

	// What the data directory holds, so that 1 GB of start-up caches is no surprise.
	private void reportDiskUse() {
		Path data = this.settings.dataDirectory();
		long caches = DiskUse.bytes(data.resolve("startup-cache"));
		long apps = DiskUse.bytes(data.resolve("apps"));
		long total = DiskUse.bytes(data);
		this.console.info(String.format(Locale.ROOT,
				"  disk   %s in %s: %s data and logs, %s start-up caches, %s unpacked jars (./run.sh --clean-caches "
						+ "removes the last two)",
				DiskUse.human(total), data, DiskUse.human(total - caches - apps), DiskUse.human(caches),
				DiskUse.human(apps)));
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

		/**
		 * The start-up cache this application records on this run.
		 * @return the cache file, or {@code null} when it uses one or none
		 */
		Path recordingCache() {
			return this.command.stream()
				.filter((option) -> option.startsWith("-XX:AOTCacheOutput=")
						|| option.startsWith("-XX:SharedArchiveFile="))
				.map((option) -> Path.of(option.substring(option.indexOf('=') + 1)))
				.filter((file) -> !Files.exists(file) || file.toString().endsWith(".aot"))
				.findFirst()
				.orElse(null);
		}

	}

}
