package nexus.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./run.sh status}: what a running stack has up, from the status file its launcher
 * keeps in the data directory, checked against the processes themselves.
 */
final class StackStatus {

	private StackStatus() {
	}

	/**
	 * Prints the status.
	 * @param settings the settings (the data directory) of the stack to look at
	 * @param out where to print
	 * @return the exit code: 0 when everything is up, 1 when something is not, 3 when no
	 * stack runs
	 */
	static int print(LauncherSettings settings, PrintStream out) {
		Path file = LocalStack.statusFile(settings);
		List<String> lines;
		try {
			lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
		}
		catch (IOException ex) {
			lines = List.of();
		}
		String[] launcher = lines.stream()
			.filter((line) -> line.startsWith("launcher\t"))
			.map((line) -> line.split("\t"))
			.findFirst()
			.orElse(null);
		if (launcher == null || !alive(Long.parseLong(launcher[1]))) {
			out.println("Nexus is not running (data in " + settings.dataDirectory() + "). Start it with ./run.sh.");
			return 3;
		}
		out.println("Nexus: launcher pid " + launcher[1] + ", data in " + settings.dataDirectory() + ", restarts "
				+ ("true".equals(launcher[3]) ? "on" : "off (--no-restart)"));
		out.println(String.format(Locale.ROOT, "  %-18s %-11s %8s %6s %8s  %-10s %s", "process", "state", "pid", "port",
				"restarts", "for", "last unexpected exit"));
		boolean allUp = true;
		for (String line : lines) {
			if (line.startsWith("#") || line.startsWith("launcher\t") || line.isBlank()) {
				continue;
			}
			String[] fields = line.split("\t");
			String state = fields[1];
			long pid = Long.parseLong(fields[2]);
			if (state.equals("UP") && !alive(pid)) {
				state = "EXITED";
			}
			allUp &= state.equals("UP");
			Duration since = Duration.between(Instant.parse(fields[5]), Instant.now());
			out.println(String.format(Locale.ROOT, "  %-18s %-11s %8s %6s %8s  %-10s %s", fields[0],
					state.toLowerCase(Locale.ROOT), (pid != 0) ? Long.toString(pid) : "-", fields[3], fields[4],
					Supervisor.human(since), fields[6]));
		}
		out.println("  logs: " + settings.logs());
		return allUp ? 0 : 1;
	}

	private static boolean alive(long pid) {
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
	}

}
