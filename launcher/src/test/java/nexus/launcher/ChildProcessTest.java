package nexus.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChildProcessTest {

	@TempDir
	Path directory;

	@Test
	void aProcessThatDiesDuringStartUpIsNamedWithItsLogFile() {
		Path log = this.directory.resolve("logs/broken.log");
		ChildProcess process = new ChildProcess("broken",
				List.of("sh", "-c", "echo 'Port 8081 was already in use'; exit 3"), Map.of(), this.directory, log);
		process.start();

		assertThatExceptionOfType(LauncherException.class)
			.isThrownBy(() -> process.awaitReady(() -> false, Duration.ofSeconds(30)))
			.withMessageContaining("broken stopped during start-up (exit code 3)")
			.withMessageContaining(log.toString())
			.withMessageContaining("Port 8081 was already in use");
	}

	@Test
	void aReadyProcessIsStoppedWithItsChildren() {
		ChildProcess process = new ChildProcess("sleeper", List.of("sh", "-c", "sleep 60 & sleep 60"), Map.of(),
				this.directory, this.directory.resolve("sleeper.log"));
		process.start();
		process.awaitReady(() -> true, Duration.ofSeconds(5));

		process.stop(Duration.ofSeconds(5));

		assertThat(process.alive()).isFalse();
	}

	@Test
	void aProcessStartedAgainKeepsTheLogOfHowItEndedAndAFirstStartBeginsAfresh() throws Exception {
		Path log = this.directory.resolve("logs/crashing.log");
		ChildProcess first = new ChildProcess("crashing", List.of("sh", "-c", "echo 'OutOfMemoryError: heap'"),
				Map.of(), this.directory, log);
		first.start();
		first.awaitExit(Duration.ofSeconds(30));

		ChildProcess again = new ChildProcess("crashing", List.of("sh", "-c", "echo 'started again'"), Map.of(),
				this.directory, log)
			.appendingToLog();
		again.start();
		again.awaitExit(Duration.ofSeconds(30));

		assertThat(Files.readString(log)).contains("OutOfMemoryError: heap", "started again");

		ChildProcess nextRun = new ChildProcess("crashing", List.of("sh", "-c", "echo 'next run'"), Map.of(),
				this.directory, log);
		nextRun.start();
		nextRun.awaitExit(Duration.ofSeconds(30));

		assertThat(Files.readString(log)).contains("next run").doesNotContain("OutOfMemoryError", "started again");
	}

	@Test
	void demoImagesArePngs() {
		byte[] png = DemoImages.png("Classic Cup", 3);

		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
	}

}
