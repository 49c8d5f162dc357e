package nexus.chaos;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import nexus.bench.shop.Http;
import nexus.launcher.LocalStack;
import nexus.launcher.Supervisor;

/**
 * What the faults do to a stack the launcher runs, all from the operating system: kill -9
 * a process (the launcher's supervisor then starts it again, with its back-off, as after
 * a crash: the suite cooperates with it instead of stopping supervision), send
 * {@code SIGSTOP} and {@code SIGCONT} with the system's {@code kill} command, kill
 * PostgreSQL's postmaster and start it again, and wait until the whole stack is up and
 * ready again.
 */
final class StackControl {

	private static final Duration POLL = Duration.ofMillis(500);

	private final LocalStack stack;

	private final Http http;

	StackControl(LocalStack stack, Http http) {
		this.stack = stack;
		this.http = http;
	}

	LocalStack stack() {
		return this.stack;
	}

	/**
	 * The pid of a process of the stack.
	 * @param name a service, {@code payment-simulator}, {@code kafka} or {@code postgres}
	 * @return its pid
	 * @throws FaultSkipped when the launcher does not run it (an external broker or
	 * database)
	 */
	long pid(String name) {
		OptionalLong pid = switch (name) {
			case "kafka" -> this.stack.kafkaPid();
			case "postgres" -> this.stack.postgresPid();
			default -> OptionalLong.of(this.stack.pid(name));
		};
		if (pid.isEmpty()) {
			throw new FaultSkipped(name + " is not a process the launcher runs here (an external server)");
		}
		return pid.getAsLong();
	}

	int restarts(String name) {
		return this.stack.status(name).restarts();
	}

	/**
	 * Kills a process as a crash would: SIGKILL, and waits until it is gone.
	 * @param pid the process
	 * @return the children it had (PostgreSQL's backends), which outlive it for a moment
	 */
	static List<ProcessHandle> kill9(long pid) {
		ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new ChaosException("no process " + pid));
		List<ProcessHandle> children = process.descendants().toList();
		process.destroyForcibly();
		process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
		return children;
	}

	/**
	 * The system's {@code kill} command, which sends any signal (the JDK sends only TERM
	 * and KILL).
	 * @return its path, or empty when there is none
	 */
	static Optional<String> killCommand() {
		List<String> directories = new ArrayList<>(List.of("/bin", "/usr/bin"));
		directories.addAll(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
		return directories.stream()
			.map((directory) -> new File(directory, "kill"))
			.filter(File::canExecute)
			.map(File::getAbsolutePath)
			.findFirst();
	}

	/**
	 * Sends a signal.
	 * @param pid the process
	 * @param signal such as {@code STOP} or {@code CONT}
	 */
	static void signal(long pid, String signal) {
		String kill = killCommand()
			.orElseThrow(() -> new FaultSkipped("no kill command on this machine to send SIG" + signal));
		try {
			Process process = new ProcessBuilder(kill, "-" + signal, Long.toString(pid)).redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new ChaosException("kill -" + signal + " " + pid + " failed: " + output.trim());
			}
		}
		catch (IOException ex) {
			throw new FaultSkipped("cannot run " + kill + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ChaosException("interrupted", ex);
		}
	}

	/**
	 * Waits until the supervisor has started a killed process again.
	 * @param name the process
	 * @param restartsBefore its restarts before the kill
	 * @param timeout how long at most
	 */
	void awaitRestarted(String name, int restartsBefore, Duration timeout) {
		awaitCondition(timeout, () -> {
			Supervisor.Status status = this.stack.status(name);
			return (status.state() == Supervisor.State.UP && status.restarts() > restartsBefore) ? null
					: name + " is " + status.state() + " after " + status.restarts() + " restart(s)";
		});
	}

	/**
	 * Waits until every process is up and every service answers ready (readiness covers
	 * its database and the Kafka binder).
	 * @param timeout how long at most
	 */
	void awaitWhole(Duration timeout) {
		awaitCondition(timeout, this::notWhole);
	}

	/**
	 * What keeps the stack from being whole now.
	 * @return why not, or {@code null} when it is whole
	 */
	String notWhole() {
		for (Supervisor.Status status : this.stack.status()) {
			if (status.state() != Supervisor.State.UP || status.pid() == 0) {
				return status.name() + " is " + status.state();
			}
		}
		for (Map.Entry<String, URI> ready : readiness().entrySet()) {
			if (!answers200(ready.getValue())) {
				return ready.getKey() + " is not ready (" + ready.getValue() + ")";
			}
		}
		return null;
	}

	private Map<String, URI> readiness() {
		Map<String, URI> urls = new LinkedHashMap<>();
		urls.put("payment-simulator", URI.create(this.stack.url("payment-simulator") + "/_simulator/health"));
		for (String service : FaultSchedule.SERVICES) {
			urls.put(service, URI.create(this.stack.url(service) + "/actuator/health/readiness"));
		}
		return urls;
	}

	private boolean answers200(URI uri) {
		try {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void awaitCondition(Duration timeout, java.util.function.Supplier<String> whyNot) {
		long deadline = System.nanoTime() + timeout.toNanos();
		String reason = whyNot.get();
		while (reason != null) {
			if (System.nanoTime() > deadline) {
				throw new ChaosException("the stack did not recover within " + timeout.toSeconds() + " s: " + reason);
			}
			Pause.of(POLL);
			reason = whyNot.get();
		}
	}

}
