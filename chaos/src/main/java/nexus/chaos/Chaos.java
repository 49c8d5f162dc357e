package nexus.chaos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nexus.bench.Bench;
import nexus.bench.shop.BenchException;
import nexus.launcher.LauncherException;
import nexus.launcher.LauncherSettings;

/**
 * {@code ./chaos.sh}: starts the local stack through the launcher (free ports, fresh data
 * in {@code .nexus-chaos/}), runs the chaos suite against it, prints the table and writes
 * it to {@code chaos/results/<time>.md}. Exit code 0 when every invariant held, 3 when
 * one broke or the stack did not recover, 1 when the tool could not run, 2 for bad
 * options.
 */
public final class Chaos {

	static final Duration START_TIMEOUT = Duration.ofMinutes(10);

	private Chaos() {
	}

	public static void main(String[] args) {
		if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
			System.out.print(ChaosOptions.USAGE);
			return;
		}
		ChaosOptions options;
		try {
			options = ChaosOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		System.exit(run(options));
	}

	static int run(ChaosOptions options) {
		Path repository = Path.of(System.getProperty("nexus.repository", ".")).toAbsolutePath().normalize();
		try {
			// A busy machine starts a JVM slowly, the first run (which records the
			// start-up
			// caches) more so: a process gets 10 minutes to be ready, at start-up and
			// after
			// each restart, instead of 3.
			LauncherSettings settings = Bench.ownStackSettings(repository, ".nexus-chaos")
				.withStartTimeout(START_TIMEOUT);
			ChaosResult result = Bench.onOwnStack(settings, "Nexus chaos suite",
					(stack) -> new ChaosRun(stack, settings, options, System.out).run());
			String table = ChaosTable.markdown(result);
			Path file = repository.resolve("chaos/results")
				.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
			Files.createDirectories(file.getParent());
			Files.writeString(file, table);
			System.out.println();
			System.out.println(table);
			System.out.println("Table: " + file);
			return result.passed() ? 0 : 3;
		}
		catch (BenchException | LauncherException | ChaosException | java.io.IOException ex) {
			System.err.println("The chaos suite could not run: " + ex.getMessage());
			return 1;
		}
	}

}
