package nexus.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;

import nexus.bench.report.ResultFiles;
import nexus.bench.shop.BenchException;
import nexus.launcher.Console;
import nexus.launcher.LauncherException;
import nexus.launcher.LauncherSettings;
import nexus.launcher.LocalStack;

/**
 * {@code ./bench.sh}: starts the local stack through the launcher (or uses a running
 * one), runs the benchmark, prints its tables and writes its results. Exit code 0 when
 * every invariant held, 3 when one was violated, 1 when the tool could not run, 2 for bad
 * options; never anything about speed.
 */
public final class Bench {

	/** The gateway's per-client limits, raised because every request comes from here. */
	static final List<String> RATE_LIMITS = List.of("NEXUS_GATEWAY_RATELIMITS_AUTHENTICATION_CAPACITY",
			"NEXUS_GATEWAY_RATELIMITS_AUTHENTICATION_REFILL", "NEXUS_GATEWAY_RATELIMITS_PUBLICREADS_CAPACITY",
			"NEXUS_GATEWAY_RATELIMITS_PUBLICREADS_REFILL", "NEXUS_GATEWAY_RATELIMITS_AUTHENTICATED_CAPACITY",
			"NEXUS_GATEWAY_RATELIMITS_AUTHENTICATED_REFILL", "NEXUS_GATEWAY_RATELIMITS_ANONYMOUS_CAPACITY",
			"NEXUS_GATEWAY_RATELIMITS_ANONYMOUS_REFILL", "NEXUS_GATEWAY_RATELIMITS_GRAPHQL_CAPACITY",
			"NEXUS_GATEWAY_RATELIMITS_GRAPHQL_REFILL");

	private static final List<String> PORTS = List.of("NEXUS_GATEWAY_PORT", "NEXUS_USER_SERVICE_PORT",
			"NEXUS_CATALOG_SERVICE_PORT", "NEXUS_ORDER_SERVICE_PORT", "NEXUS_PAYMENT_SIMULATOR_PORT",
			"NEXUS_KAFKA_PORT", "NEXUS_KAFKA_CONTROLLER_PORT", "NEXUS_POSTGRES_PORT");

	private Bench() {
	}

	public static void main(String[] args) {
		if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
			System.out.print(BenchOptions.USAGE);
			return;
		}
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		System.exit(run(options, List.of(args)));
	}

	static int run(BenchOptions options, List<String> arguments) {
		Path repository = Path.of(System.getProperty("nexus.repository", ".")).toAbsolutePath().normalize();
		Path resultsDirectory = (options.results() != null) ? options.results()
				: repository.resolve("benchmarks/results")
					.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
		try {
			Results results;
			if (options.running() != null) {
				results = new BenchRun(Target.of(options.running()), options, System.out,
						new BenchRun.Context(arguments, "unknown (a running stack)", Map.of(),
								List.of("a running stack: its rate limits and start-up caches are as it was started")))
					.run();
			}
			else {
				results = withOwnStack(repository, options, arguments);
			}
			String markdown = ResultFiles.write(results, resultsDirectory);
			System.out.println();
			System.out.println(markdown);
			System.out.println("Results: " + resultsDirectory.resolve("results.json") + ", results.md, latency.html");
			return results.invariants().passed() ? 0 : 3;
		}
		catch (BenchException | LauncherException ex) {
			System.err.println("The benchmark could not run: " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * Settings for a stack a tool starts for itself: fresh data in its own directory
	 * (unless {@code NEXUS_DATA_DIR} says otherwise) and a free port for every process
	 * whose port the environment does not fix, so that it never meets {@code ./run.sh}.
	 * @param repository the repository, where the jars are
	 * @param dataDirectory the data directory's name in the repository, such as
	 * {@code .nexus-bench}
	 * @return the settings
	 */
	public static LauncherSettings ownStackSettings(Path repository, String dataDirectory) {
		Map<String, String> env = new HashMap<>(System.getenv());
		env.putIfAbsent("NEXUS_DATA_DIR", repository.resolve(dataDirectory).toString());
		for (String port : PORTS) {
			if (env.get(port) == null || env.get(port).isBlank()) {
				env.put(port, Integer.toString(freePort()));
			}
		}
		return LauncherSettings.fromEnvironment(repository, env, true);
	}

	private static Results withOwnStack(Path repository, BenchOptions options, List<String> arguments) {
		LauncherSettings settings = ownStackSettings(repository, ".nexus-bench");
		List<String> notes = new ArrayList<>();
		Map<String, String> limits = new LinkedHashMap<>();
		for (String limit : RATE_LIMITS) {
			String value = System.getenv(limit);
			if (value != null) {
				limits.put(limit, value);
			}
		}
		if (limits.size() < RATE_LIMITS.size()) {
			notes.add("the gateway's per-client rate limits were not raised (run through ./bench.sh): "
					+ "expect 429 answers, as all load comes from one address");
		}
		String cache = startupCache(settings);
		return onOwnStack(settings, "Nexus benchmark", (stack) -> new BenchRun(Target.of(stack, settings), options,
				System.out, new BenchRun.Context(arguments, cache, limits, notes))
			.run());
	}

	/**
	 * Starts the local stack, runs something against it, and stops the stack however that
	 * ends (a Ctrl-C too).
	 * @param <T> what the run gives
	 * @param settings the stack's settings
	 * @param tool who starts it, for the messages
	 * @param run what to do with the stack
	 * @return what the run gave
	 */
	public static <T> T onOwnStack(LauncherSettings settings, String tool, Function<LocalStack, T> run) {
		System.out.println(tool + ": starting the local stack (data in " + settings.dataDirectory() + ", logs in "
				+ settings.logs() + ")");
		LocalStack stack = LocalStack.start(settings, new Console(System.out));
		AtomicBoolean closed = new AtomicBoolean();
		Runnable stop = () -> {
			if (closed.compareAndSet(false, true)) {
				System.out.println("Stopping the local stack ...");
				stack.close();
			}
		};
		Thread hook = new Thread(stop, "nexus-tool-stop");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			return run.apply(stack);
		}
		finally {
			stop.run();
			Runtime.getRuntime().removeShutdownHook(hook);
		}
	}

	// The launcher records each JVM's cache on its first run and uses it afterwards.
	private static String startupCache(LauncherSettings settings) {
		if (!settings.startupCache()) {
			return "off";
		}
		Path caches = settings.dataDirectory().resolve("startup-cache");
		try (Stream<Path> files = Files.exists(caches) ? Files.list(caches) : Stream.empty()) {
			return (files.findAny().isPresent()) ? "in use (recorded by an earlier run; a changed jar records anew)"
					: "recorded during this run (the first one): the JVMs ran without it";
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new BenchException("no free port", ex);
		}
	}

}
