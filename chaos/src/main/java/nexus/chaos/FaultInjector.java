package nexus.chaos;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import nexus.bench.shop.Http;

/**
 * Injects one fault and returns once it is over and the stack is whole again. Every fault
 * comes from the operating system or from the payment simulator's own fault controls;
 * nothing in the services knows about it.
 */
final class FaultInjector {

	// Copies per partition a replay publishes again.
	static final int REPLAYED_PER_PARTITION = 30;

	private final StackControl control;

	private final Http http;

	private final String kafkaBootstrapServers;

	private final Duration recoverTimeout;

	private final PrintStream out;

	FaultInjector(StackControl control, Http http, String kafkaBootstrapServers, Duration recoverTimeout,
			PrintStream out) {
		this.control = control;
		this.http = http;
		this.kafkaBootstrapServers = kafkaBootstrapServers;
		this.recoverTimeout = recoverTimeout;
		this.out = out;
	}

	/**
	 * Injects the fault, heals it (or lets the supervisor do so), and waits until the
	 * stack is whole.
	 * @param fault the fault
	 * @return when the fault was healed ({@link System#nanoTime()}): the process was
	 * started again, the signal or provider fault ended, the copies were published
	 * @throws FaultSkipped when it cannot be injected here
	 * @throws ChaosException when the stack does not come back
	 */
	long inject(FaultSpec fault) {
		long healed = switch (fault.kind()) {
			case KILL -> kill(fault);
			case PAUSE -> pause(fault);
			case PAYMENT -> payment(fault);
			case REPLAY -> replay(fault);
		};
		this.control.awaitWhole(this.recoverTimeout);
		say("  the stack is whole again");
		return healed;
	}

	private long kill(FaultSpec fault) {
		String name = fault.target();
		long pid = this.control.pid(name);
		if (name.equals("postgres")) {
			List<ProcessHandle> backends = StackControl.kill9(pid);
			say("  killed PostgreSQL's postmaster (pid " + pid + ") with SIGKILL; its " + backends.size()
					+ " backend(s) end by themselves");
			awaitGone(backends);
			Pause.of(fault.hold());
			say("  starting PostgreSQL again after " + fault.hold().toSeconds() + " s down");
			this.control.stack().restartPostgres();
			return System.nanoTime();
		}
		int restarts = this.control.restarts(name);
		StackControl.kill9(pid);
		say("  killed " + name + " (pid " + pid + ") with SIGKILL; the launcher's supervisor starts it again");
		this.control.awaitRestarted(name, restarts, this.recoverTimeout);
		say("  " + name + " is back (pid " + this.control.pid(name) + ")");
		return System.nanoTime();
	}

	// Backends notice their postmaster is gone and exit; one that does not within 30 s
	// is killed too, as a container's end would.
	private static void awaitGone(List<ProcessHandle> processes) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		for (ProcessHandle process : processes) {
			while (process.isAlive() && System.nanoTime() < deadline) {
				Pause.of(Duration.ofMillis(100));
			}
			if (process.isAlive()) {
				process.destroyForcibly();
			}
		}
	}

	private long pause(FaultSpec fault) {
		long pid = this.control.pid(fault.target());
		StackControl.signal(pid, "STOP");
		say("  SIGSTOP " + fault.target() + " (pid " + pid + ") for " + fault.hold().toSeconds() + " s");
		try {
			Pause.of(fault.hold());
		}
		finally {
			StackControl.signal(pid, "CONT");
			say("  SIGCONT " + fault.target());
		}
		return System.nanoTime();
	}

	private long payment(FaultSpec fault) {
		URI simulator = URI.create(this.control.stack().url("payment-simulator"));
		long seconds = fault.hold().toSeconds();
		switch (fault.target()) {
			// Longer than order-service's 2 s provider timeout: each call times out, and
			// the provider still does the work (as a provider finishes a request its
			// caller
			// gave up on).
			case "slow" -> post(simulator, "/_simulator/slow?delayMs=3000&calls=1000000");
			case "errors" -> post(simulator, "/_simulator/fail?calls=1000000");
			case "down" -> post(simulator, "/_simulator/down?seconds=" + seconds);
			default -> throw new IllegalArgumentException(fault.target());
		}
		say("  payment provider " + fault.target() + " for " + seconds + " s");
		try {
			Pause.of(fault.hold());
		}
		finally {
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (!reset(simulator) && System.nanoTime() < deadline) {
				Pause.of(Duration.ofMillis(500));
			}
			say("  payment provider reset (no faults)");
		}
		return System.nanoTime();
	}

	private boolean reset(URI simulator) {
		try {
			post(simulator, "/_simulator/reset");
			return true;
		}
		catch (ChaosException ex) {
			return false;
		}
	}

	private void post(URI simulator, String pathAndQuery) {
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(simulator.resolve(pathAndQuery))
				.timeout(Duration.ofSeconds(5))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build());
			if (response.statusCode() / 100 != 2) {
				throw new ChaosException("POST " + pathAndQuery + " answered " + response.statusCode());
			}
		}
		catch (IOException ex) {
			throw new ChaosException("POST " + pathAndQuery + " failed: " + Http.describe(ex), ex);
		}
	}

	private long replay(FaultSpec fault) {
		String topic = FaultSchedule.TOPICS.get(fault.target());
		int copies = new TopicReplay(this.kafkaBootstrapServers).replay(topic, REPLAYED_PER_PARTITION);
		say(String.format(Locale.ROOT, "  published %d copies of %s's latest records again, newest first", copies,
				topic));
		return System.nanoTime();
	}

	private void say(String line) {
		this.out.println(line);
	}

}
