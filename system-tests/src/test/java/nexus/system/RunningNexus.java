package nexus.system;

import java.nio.file.Path;

import nexus.launcher.Console;
import nexus.launcher.LauncherSettings;
import nexus.launcher.LocalStack;

/**
 * The whole of Nexus, started once per test JVM through the launcher, exactly as
 * {@code ./run.sh} starts it (real jars, separate processes, demo data), on free ports
 * with fresh data of its own.
 */
final class RunningNexus {

	private static LocalStack stack;

	private static LauncherSettings settings;

	private RunningNexus() {
	}

	static synchronized LocalStack stack() {
		if (stack == null) {
			Path repository = Path.of(System.getProperty("nexus.repository", "..")).toAbsolutePath().normalize();
			Path data = repository.resolve("system-tests/target/nexus");
			// With the demo data, as ./run.sh loads it on a first start.
			settings = LauncherSettings.isolated(repository, data).withDemoData(true);
			stack = LocalStack.start(settings, new Console(System.out));
			LocalStack started = stack;
			Runtime.getRuntime().addShutdownHook(new Thread(started::close, "nexus-system-test-stop"));
		}
		return stack;
	}

	/**
	 * The stack's Kafka broker, for tests that must publish as a (bad) producer would.
	 * @return host:port
	 */
	static synchronized String kafkaBootstrapServers() {
		return settings().kafkaBootstrapServers();
	}

	/**
	 * The settings the stack runs with (its ports, its database).
	 * @return the settings
	 */
	static synchronized LauncherSettings settings() {
		stack();
		return settings;
	}

}
