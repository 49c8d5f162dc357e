package nexus.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Watches the processes of a running stack after start-up. When one exits without the
 * launcher stopping it, it says which, how it ended and how its log ends; then it starts
 * it again after a pause that doubles with each try (1 s, 2 s, 4 s, ... at most 30 s),
 * for a bounded number of tries, and says how that went. A process that stayed up for
 * five minutes starts over with a full set of tries. With restarts off it only reports.
 * <p>
 * It writes what is up to a status file in the data directory, which
 * {@code ./run.sh status} reads.
 */
public final class Supervisor implements AutoCloseable {

	/** How many times in a row a process is started again before it is left down. */
	static final int MAX_TRIES = 5;

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration STABLE_AFTER = Duration.ofMinutes(5);

	private static final int TAIL_LINES = 15;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final Function<String, ChildProcess> relaunch;

	private final Console console;

	private final boolean restart;

	private final Duration firstBackoff;

	private final Path statusFile;

	private final Thread watcher;

	private volatile boolean closing;

	/**
	 * A supervisor; it watches nothing until told to.
	 * @param relaunch starts a process again and waits until it is ready, or fails
	 * @param console where it reports
	 * @param restart whether to restart a process that exited
	 * @param firstBackoff the pause before the first restart
	 * @param statusFile where it writes what is up, or {@code null}
	 */
	Supervisor(Function<String, ChildProcess> relaunch, Console console, boolean restart, Duration firstBackoff,
			Path statusFile) {
		this.relaunch = relaunch;
		this.console = console;
		this.restart = restart;
		this.firstBackoff = firstBackoff;
		this.statusFile = statusFile;
		this.watcher = Thread.ofPlatform().daemon().name("nexus-supervisor").unstarted(this::watch);
	}

	/** Starts watching. */
	void start() {
		this.watcher.start();
		writeStatus();
	}

	/**
	 * Watches a process that has just become ready.
	 * @param name its name
	 * @param port the port it serves, 0 if none
	 * @param process the process
	 */
	void watch(String name, int port, ChildProcess process) {
		Entry entry = this.entries.computeIfAbsent(name, (key) -> new Entry(key, port));
		entry.process = process;
		entry.state = State.UP;
		entry.since = Instant.now();
		writeStatus();
	}

	/**
	 * What is up now.
	 * @return one line per process, in no particular order
	 */
	List<Status> status() {
		List<Status> status = new ArrayList<>();
		for (Entry entry : this.entries.values()) {
			ChildProcess process = entry.process;
			State state = entry.state;
			if (state == State.UP && process != null && !process.alive()) {
				state = process.stopRequested() ? State.STOPPED : State.EXITED;
			}
			status.add(new Status(entry.name, state, (process != null && process.alive()) ? process.pid() : 0,
					entry.port, entry.restarts, entry.since, entry.lastExit));
		}
		status.sort(java.util.Comparator.comparing(Status::name));
		return status;
	}

	private void watch() {
		Instant lastStatus = Instant.now();
		while (!this.closing) {
			for (Entry entry : this.entries.values()) {
				ChildProcess process = entry.process;
				if (entry.state != State.UP || process == null || process.alive()) {
					continue;
				}
				if (process.stopRequested()) {
					entry.state = State.STOPPED;
					entry.since = Instant.now();
					writeStatus();
					continue;
				}
				entry.state = State.EXITED;
				entry.since = Instant.now();
				entry.lastExit = process.exitDescription();
				Thread.ofPlatform().daemon().name("nexus-restart-" + entry.name).start(() -> exited(entry, process));
			}
			if (Duration.between(lastStatus, Instant.now()).toSeconds() >= 60) {
				lastStatus = Instant.now();
				writeStatus();
			}
			try {
				Thread.sleep(POLL);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void exited(Entry entry, ChildProcess process) {
		Duration up = Duration.between(process.startedAt(), Instant.now());
		if (up.compareTo(STABLE_AFTER) >= 0) {
			entry.tries = 0;
		}
		this.console.notice(entry.name + " (pid " + process.pid() + ") exited unexpectedly after " + human(up) + " ("
				+ entry.lastExit + "). Its log is " + process.logFile() + "; it ends with:\n"
				+ indent(process.tail(TAIL_LINES)));
		writeStatus();
		if (!this.restart) {
			this.console.notice(entry.name + " stays down (restarts are off: --no-restart); the rest keeps running. "
					+ "Stop and start ./run.sh to bring it back.");
			return;
		}
		while (!this.closing) {
			if (entry.tries >= MAX_TRIES) {
				entry.state = State.DOWN;
				entry.since = Instant.now();
				this.console.notice("gave up on " + entry.name + " after " + MAX_TRIES + " tries in a row; the rest "
						+ "keeps running. See " + process.logFile() + ", then stop and start ./run.sh.");
				writeStatus();
				return;
			}
			entry.tries++;
			Duration backoff = backoff(entry.tries);
			entry.state = State.RESTARTING;
			writeStatus();
			this.console.notice("restarting " + entry.name + " in " + human(backoff) + " (try " + entry.tries + " of "
					+ MAX_TRIES + ")");
			try {
				Thread.sleep(backoff);
			}
			catch (InterruptedException ex) {
				return;
			}
			if (this.closing) {
				return;
			}
			long started = System.nanoTime();
			try {
				ChildProcess again = this.relaunch.apply(entry.name);
				entry.restarts++;
				entry.process = again;
				entry.state = State.UP;
				entry.since = Instant.now();
				this.console.notice(String.format(Locale.ROOT, "%s is back (pid %d, ready in %.1f s; restart %d)",
						entry.name, again.pid(), (System.nanoTime() - started) / 1e9, entry.restarts));
				writeStatus();
				return;
			}
			catch (RuntimeException ex) {
				if (this.closing) {
					return;
				}
				String message = String.valueOf(ex.getMessage());
				this.console.notice(entry.name + " did not come back: " + message.lines().findFirst().orElse(message));
			}
		}
	}

	Duration backoff(int tryNumber) {
		long millis = this.firstBackoff.toMillis() << Math.min(tryNumber - 1, 10);
		return Duration.ofMillis(Math.min(millis, Math.max(this.firstBackoff.toMillis(), 30_000)));
	}

	private synchronized void writeStatus() {
		if (this.statusFile == null) {
			return;
		}
		StringBuilder text = new StringBuilder();
		text.append("# written by the Nexus launcher; ./run.sh status reads it\n");
		text.append("launcher\t")
			.append(ProcessHandle.current().pid())
			.append('\t')
			.append(Instant.now())
			.append('\t')
			.append(this.restart)
			.append('\n');
		for (Status status : status()) {
			text.append(status.name())
				.append('\t')
				.append(status.state())
				.append('\t')
				.append(status.pid())
				.append('\t')
				.append(status.port())
				.append('\t')
				.append(status.restarts())
				.append('\t')
				.append(status.since())
				.append('\t')
				.append((status.lastExit() != null) ? status.lastExit() : "-")
				.append('\n');
		}
		try {
			Files.createDirectories(this.statusFile.getParent());
			Path written = this.statusFile.resolveSibling(this.statusFile.getFileName() + ".new");
			Files.writeString(written, text);
			Files.move(written, this.statusFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			// A status file is a convenience; supervision goes on without it.
		}
	}

	static String human(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 1) {
			return duration.toMillis() + " ms";
		}
		if (seconds < 120) {
			return seconds + " s";
		}
		if (seconds < 7200) {
			return (seconds / 60) + " min";
		}
		return (seconds / 3600) + " h";
	}

	private static String indent(String text) {
		return text.lines().map((line) -> "    | " + line).collect(java.util.stream.Collectors.joining("\n"));
	}

	@Override
	public void close() {
		this.closing = true;
		this.watcher.interrupt();
		if (this.statusFile != null) {
			try {
				Files.deleteIfExists(this.statusFile);
			}
			catch (IOException ex) {
				// Stale; the status command checks the launcher's pid anyway.
			}
		}
	}

	/** What a watched process is doing. */
	public enum State {

		/** Running and ready. */
		UP,

		/** Ended unexpectedly, not restarted (yet). */
		EXITED,

		/** Waiting to start again, or starting again. */
		RESTARTING,

		/** Given up on after too many tries. */
		DOWN,

		/** Stopped by the launcher. */
		STOPPED

	}

	/**
	 * One process's status.
	 *
	 * @param name its name
	 * @param state what it is doing
	 * @param pid its process id, 0 when it is not running
	 * @param port the port it serves, 0 if none
	 * @param restarts how often it was started again
	 * @param since when it entered its state
	 * @param lastExit how it last ended unexpectedly, {@code null} if never
	 */
	public record Status(String name, State state, long pid, int port, int restarts, Instant since, String lastExit) {
	}

	private static final class Entry {

		private final String name;

		private final int port;

		private volatile ChildProcess process;

		private volatile State state = State.UP;

		private volatile Instant since = Instant.now();

		private volatile int restarts;

		private volatile int tries;

		private volatile String lastExit;

		Entry(String name, int port) {
			this.name = name;
			this.port = port;
		}

	}

}
