package nexus.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A component running as a process of its own, its output in a log file. It is ready when
 * its readiness check says so; if it dies first, the error names its log file and shows
 * the end of it.
 */
final class ChildProcess {

	private static final int TAIL_LINES = 25;

	private final String name;

	private final List<String> command;

	private final Map<String, String> environment;

	private final Path workingDirectory;

	private final Path logFile;

	private volatile Process process;

	private volatile boolean stopRequested;

	private volatile Instant startedAt;

	private boolean appendToLog;

	ChildProcess(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
			Path logFile) {
		this.name = name;
		this.command = List.copyOf(command);
		this.environment = Map.copyOf(environment);
		this.workingDirectory = workingDirectory;
		this.logFile = logFile;
	}

	String name() {
		return this.name;
	}

	/**
	 * Keeps what the log holds and adds to it, for a process started again after it
	 * exited: its log still tells why it ended. A first start begins the log afresh.
	 * @return this process, not started yet
	 */
	ChildProcess appendingToLog() {
		this.appendToLog = true;
		return this;
	}

	Path logFile() {
		return this.logFile;
	}

	void start() {
		try {
			Files.createDirectories(this.logFile.getParent());
			String header = "---- " + Instant.now() + " starting " + this.name + ": " + String.join(" ", this.command)
					+ "\n";
			if (this.appendToLog) {
				Files.writeString(this.logFile, header, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
			else {
				Files.writeString(this.logFile, header);
			}
			ProcessBuilder builder = new ProcessBuilder(this.command).directory(this.workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.logFile.toFile()));
			builder.environment().putAll(this.environment);
			this.process = builder.start();
			this.startedAt = Instant.now();
		}
		catch (IOException ex) {
			throw new LauncherException("cannot start " + this.name + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Waits until the readiness check passes.
	 * @param ready the check
	 * @param timeout how long to wait at most
	 */
	void awaitReady(BooleanSupplier ready, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new LauncherException(this.name + " stopped during start-up (exit code "
						+ this.process.exitValue() + "). Its log is " + this.logFile + "; it ends with:\n" + tail());
			}
			if (ready.getAsBoolean()) {
				return;
			}
			pause(Duration.ofMillis(250));
		}
		throw new LauncherException(this.name + " was not ready after " + timeout.toSeconds() + " s. Its log is "
				+ this.logFile + "; it ends with:\n" + tail());
	}

	/**
	 * Waits for the process to end by itself, as a one-off tool does.
	 * @param timeout how long to wait
	 */
	void awaitExit(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly();
				throw new LauncherException(
						this.name + " did not finish in " + timeout.toSeconds() + " s; see " + this.logFile);
			}
			if (this.process.exitValue() != 0) {
				throw new LauncherException(this.name + " failed (exit code " + this.process.exitValue() + "); see "
						+ this.logFile + ":\n" + tail());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LauncherException("interrupted while waiting for " + this.name, ex);
		}
	}

	boolean alive() {
		return this.process != null && this.process.isAlive();
	}

	/**
	 * Whether the launcher itself stopped it (or is stopping it): its exit is expected.
	 * @return {@code true} once {@link #stop} was called
	 */
	boolean stopRequested() {
		return this.stopRequested;
	}

	Instant startedAt() {
		return this.startedAt;
	}

	/**
	 * How the process ended, as a person reads it: its exit code, or the signal that
	 * killed it (a JVM that ran out of memory with {@code -XX:+ExitOnOutOfMemoryError}
	 * exits with 3; a crash of the JVM itself is SIGABRT).
	 * @return the description, or "running"
	 */
	String exitDescription() {
		Process current = this.process;
		if (current == null || current.isAlive()) {
			return "running";
		}
		int code = current.exitValue();
		if (code > 128 && code < 160) {
			int signal = code - 128;
			return "exit status " + code + ": killed by signal " + signal + signalName(signal);
		}
		return "exit code " + code;
	}

	private static String signalName(int signal) {
		return switch (signal) {
			case 6 -> " (SIGABRT: the JVM crashed, look for an hs_err file)";
			case 9 -> " (SIGKILL)";
			case 11 -> " (SIGSEGV)";
			case 15 -> " (SIGTERM)";
			default -> "";
		};
	}

	long pid() {
		return this.process.pid();
	}

	/**
	 * Waits for the process to end, however it ends.
	 * @param timeout how long at most
	 * @return whether it ended
	 */
	boolean waitForExit(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Stops the process and its children: politely first, so it can shut down cleanly
	 * (and write its AOT cache), then by force.
	 * @param grace how long it may take
	 */
	void stop(Duration grace) {
		this.stopRequested = true;
		if (this.process == null || !this.process.isAlive()) {
			return;
		}
		List<ProcessHandle> descendants = new ArrayList<>(this.process.descendants().toList());
		this.process.destroy();
		try {
			if (!this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly();
				this.process.waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
		descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
	}

	/**
	 * Resident memory of the process and its children.
	 * @return bytes, 0 if unknown
	 */
	long residentBytes() {
		if (!alive()) {
			return 0;
		}
		long total = Memory.residentBytes(this.process.pid());
		for (ProcessHandle child : this.process.descendants().toList()) {
			total += Memory.residentBytes(child.pid());
		}
		return total;
	}

	private String tail() {
		return tail(TAIL_LINES);
	}

	/**
	 * The end of its log.
	 * @param count how many lines
	 * @return the last lines
	 */
	String tail(int count) {
		try {
			List<String> lines = Files.readAllLines(this.logFile, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(cannot read " + this.logFile + ")";
		}
	}

	static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LauncherException("interrupted", ex);
		}
	}

}
