package nexus.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SupervisorTest {

	@TempDir
	Path directory;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private final Console console = new Console(new PrintStream(this.output, true, StandardCharsets.UTF_8));

	private final List<ChildProcess> started = new ArrayList<>();

	private Supervisor supervisor;

	@AfterEach
	void stopEverything() {
		if (this.supervisor != null) {
			this.supervisor.close();
		}
		this.started.forEach((process) -> process.stop(Duration.ofSeconds(5)));
	}

	@Test
	void aProcessKilledAfterStartUpIsReportedWithItsExitAndLogThenStartedAgain() {
		AtomicInteger launches = new AtomicInteger();
		this.supervisor = new Supervisor((name) -> sleeper(name, launches.incrementAndGet()), this.console, true,
				Duration.ofMillis(100), null);
		ChildProcess first = sleeper("order-service", launches.incrementAndGet());
		this.supervisor.watch("order-service", 8083, first);
		this.supervisor.start();

		ProcessHandle.of(first.pid()).orElseThrow().destroyForcibly();

		awaitTrue(() -> status("order-service").restarts() == 1
				&& status("order-service").state() == Supervisor.State.UP);
		Supervisor.Status status = status("order-service");
		assertThat(status.pid()).isNotEqualTo(first.pid()).isPositive();
		assertThat(status.lastExit()).isEqualTo("exit status 137: killed by signal 9 (SIGKILL)");
		assertThat(ProcessHandle.of(status.pid()).map(ProcessHandle::isAlive)).contains(true);
		assertThat(printed()).contains("order-service (pid " + first.pid() + ") exited unexpectedly",
				"killed by signal 9 (SIGKILL)", first.logFile().toString(), "| order-service launch 1 is up",
				"restarting order-service in 100 ms (try 1 of 5)", "order-service is back (pid " + status.pid());
	}

	@Test
	void withRestartsOffAnExitIsReportedAndTheProcessStaysDown() {
		AtomicInteger relaunches = new AtomicInteger();
		this.supervisor = new Supervisor((name) -> {
			relaunches.incrementAndGet();
			return sleeper(name, 2);
		}, this.console, false, Duration.ofMillis(10), null);
		ChildProcess first = exiting("catalog-service", 0);
		this.supervisor.watch("catalog-service", 8082, first);
		this.supervisor.start();

		awaitTrue(() -> printed().contains("stays down"));
		assertThat(printed()).contains("catalog-service (pid " + first.pid() + ") exited unexpectedly", "(exit code 3)",
				"| catalog-service: OutOfMemoryError", "restarts are off: --no-restart");
		assertThat(status("catalog-service").state()).isEqualTo(Supervisor.State.EXITED);
		assertThat(relaunches).hasValue(0);
	}

	@Test
	void aProcessThatDoesNotComeBackIsTriedABoundedNumberOfTimesThenLeftDown() {
		AtomicInteger relaunches = new AtomicInteger();
		this.supervisor = new Supervisor((name) -> {
			relaunches.incrementAndGet();
			throw new LauncherException(name + " stopped during start-up (exit code 1)\nmore lines");
		}, this.console, true, Duration.ofMillis(10), null);
		this.supervisor.watch("gateway", 8080, exiting("gateway", 0));
		this.supervisor.start();

		awaitTrue(() -> status("gateway").state() == Supervisor.State.DOWN);
		assertThat(relaunches).hasValue(Supervisor.MAX_TRIES);
		assertThat(printed()).contains("restarting gateway in 10 ms (try 1 of 5)",
				"restarting gateway in 20 ms (try 2 of 5)", "restarting gateway in 160 ms (try 5 of 5)",
				"gateway did not come back: gateway stopped during start-up (exit code 1)",
				"gave up on gateway after 5 tries in a row");
		assertThat(printed()).doesNotContain("more lines");
	}

	@Test
	void aProcessTheLauncherStopsIsNotRestarted() {
		AtomicInteger relaunches = new AtomicInteger();
		this.supervisor = new Supervisor((name) -> {
			relaunches.incrementAndGet();
			return sleeper(name, 2);
		}, this.console, true, Duration.ofMillis(10), null);
		ChildProcess process = sleeper("order-service", 1);
		this.supervisor.watch("order-service", 8083, process);
		this.supervisor.start();

		process.stop(Duration.ofSeconds(5));

		awaitTrue(() -> status("order-service").state() == Supervisor.State.STOPPED);
		ChildProcess.pause(Duration.ofMillis(600));
		assertThat(relaunches).hasValue(0);
		assertThat(printed()).doesNotContain("exited unexpectedly");
	}

	@Test
	void thePauseBeforeEachTryDoublesUpToThirtySeconds() {
		Supervisor backoff = new Supervisor((name) -> null, Console.silent(), true, Duration.ofSeconds(1), null);

		assertThat(List.of(1, 2, 3, 4, 5, 6, 7).stream().map(backoff::backoff).map(Duration::toSeconds))
			.containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
	}

	@Test
	void theStatusCommandShowsWhatIsUpFromTheStatusFile() {
		LauncherSettings settings = LauncherSettings.isolated(this.directory, this.directory.resolve("data"));
		this.supervisor = new Supervisor((name) -> sleeper(name, 2), this.console, true, Duration.ofMillis(100),
				LocalStack.statusFile(settings));
		ChildProcess gateway = sleeper("gateway", 1);
		this.supervisor.watch("gateway", 18080, gateway);
		this.supervisor.start();
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		int exit = StackStatus.print(settings, new PrintStream(printed, true, StandardCharsets.UTF_8));

		assertThat(exit).isZero();
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("restarts on")
			.containsPattern("gateway +up +" + gateway.pid() + " +18080 +0 ");

		this.supervisor.close();
		printed.reset();
		assertThat(StackStatus.print(settings, new PrintStream(printed, true, StandardCharsets.UTF_8))).isEqualTo(3);
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Nexus is not running");
	}

	private ChildProcess sleeper(String name, int launch) {
		return started(name, "echo '" + name + " launch " + launch + " is up'; exec sleep 600");
	}

	private ChildProcess exiting(String name, int afterSeconds) {
		return started(name, "echo '" + name + ": OutOfMemoryError'; sleep " + afterSeconds + "; exit 3");
	}

	private ChildProcess started(String name, String script) {
		ChildProcess process = new ChildProcess(name, List.of("sh", "-c", script), Map.of(), this.directory,
				this.directory.resolve("logs/" + name + ".log"));
		process.start();
		this.started.add(process);
		// The log line is written before the supervisor can see it go.
		awaitTrue(() -> process.tail(1).contains(name));
		return process;
	}

	private Supervisor.Status status(String name) {
		return this.supervisor.status()
			.stream()
			.filter((status) -> status.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private String printed() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

	private static void awaitTrue(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition not met within 30 s").isLessThan(deadline);
			ChildProcess.pause(Duration.ofMillis(50));
		}
	}

}
