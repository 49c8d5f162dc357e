package nexus.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run.sh}: runs the whole of Nexus on this machine until Ctrl-C.
 * <p>
 * Options: {@code --fresh} starts from empty data (databases, broker, keys);
 * {@code --no-seed} skips the demo data; {@code --no-restart} leaves a process that exits
 * down; {@code --clean-caches} deletes the start-up caches first; {@code --help}.
 * {@code ./run.sh status} says what a running stack has up.
 */
public final class NexusLauncher {

	private NexusLauncher() {
	}

	public static void main(String[] args) {
		List<String> options = List.of(args);
		if (options.contains("--help") || options.contains("-h")) {
			System.out.println("""
					Usage: ./run.sh [--fresh] [--no-seed] [--no-restart] [--clean-caches]
					       ./run.sh status
					  --fresh         start from empty data (databases, broker, signing keys)
					  --no-seed       do not load the demo data
					  --no-restart    report a process that exits, but do not start it again
					  --clean-caches  delete the start-up caches and unpacked jars first (they are
					                  recorded again on this run)
					  status          what a running stack has up, its restarts, and where
					Ctrl-C (or kill -TERM) stops every process it started.
					Environment variables change ports, bind addresses and data location: see the README.""");
			return;
		}
		List<String> unknown = options.stream()
			.filter((option) -> !List.of("--fresh", "--no-seed", "--no-restart", "--clean-caches", "status")
				.contains(option))
			.toList();
		if (!unknown.isEmpty()) {
			System.err.println("Unknown option " + String.join(" ", unknown) + "; see ./run.sh --help");
			System.exit(2);
		}
		Console console = new Console(System.out);
		if (JavaCommand.jdk() < 21) {
			console.problem("Nexus needs a JDK 21 or newer; this is " + Runtime.version() + ".");
			System.exit(2);
		}
		Path repository = Path.of(System.getProperty("nexus.repository", ".")).toAbsolutePath().normalize();
		LauncherSettings settings = LauncherSettings.fromEnvironment(repository, System.getenv(),
				options.contains("--fresh"));
		if (options.contains("status")) {
			System.exit(StackStatus.print(settings, System.out));
			return;
		}
		if (options.contains("--no-seed")) {
			settings = settings.withDemoData(false);
		}
		if (options.contains("--no-restart")) {
			settings = settings.withRestarts(false);
		}
		if (options.contains("--clean-caches")) {
			settings = settings.withCleanCaches(true);
		}

		console.info("Nexus: starting the local stack (data in " + settings.dataDirectory() + ", logs in "
				+ settings.logs() + ")");
		long started = System.nanoTime();
		LocalStack stack;
		try {
			stack = LocalStack.start(settings, console);
		}
		catch (LauncherException ex) {
			console.problem(ex.getMessage());
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		LocalStack running = stack;
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			long stopping = System.nanoTime();
			console.info("\nNexus: stopping...");
			running.close();
			console.info(String.format(java.util.Locale.ROOT, "Nexus: stopped in %.0f s.",
					(System.nanoTime() - stopping) / 1e9));
			stopped.countDown();
		}, "nexus-stop"));
		printSummary(console, settings, stack, Duration.ofNanos(System.nanoTime() - started));
		try {
			stopped.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void printSummary(Console console, LauncherSettings settings, LocalStack stack, Duration took) {
		String gateway = stack.gatewayUrl();
		console.info("");
		console.info(String.format(java.util.Locale.ROOT, "Nexus is ready in %.1f s, using %s of memory (RSS).",
				took.toMillis() / 1000.0, Memory.human(stack.residentBytes())));
		console.info("  API              " + gateway + "/api  (REST, see the README's walkthrough)");
		console.info("  Swagger UI       " + gateway + "/swagger-ui.html");
		console.info("  GraphQL          " + gateway + "/graphql  (GraphiQL: " + gateway + "/graphiql)");
		for (String application : List.of("user-service", "catalog-service", "order-service", "gateway")) {
			String url = stack.url(application);
			console.info(String.format(java.util.Locale.ROOT, "  %-16s %s/actuator/health  %s/actuator/prometheus",
					application, url, url));
		}
		console.info("  Administrator    " + LauncherSettings.ADMIN_EMAIL + " / " + LauncherSettings.ADMIN_PASSWORD);
		console
			.info("  Customer         " + LauncherSettings.CUSTOMER_EMAIL + " / " + LauncherSettings.CUSTOMER_PASSWORD);
		console.info("  Logs             " + settings.logs());
		console.info("  Status           ./run.sh status  (a process that exits is "
				+ (settings.restart() ? "started again, up to " + Supervisor.MAX_TRIES + " times in a row)"
						: "reported, not restarted: --no-restart)"));
		console.info("Press Ctrl-C to stop (or kill -TERM " + ProcessHandle.current().pid() + ").");
	}

}
