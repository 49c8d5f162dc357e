package nexus.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nexus.bench.BenchOptions;
import nexus.bench.BenchRun;
import nexus.bench.Results;
import nexus.bench.Target;
import nexus.bench.check.Invariants;
import nexus.bench.report.ResultFiles;
import nexus.launcher.LocalStack;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's short form on the shared stack: a few seconds of every scenario, then
 * every invariant checked. It fails when an invariant breaks or the tool cannot do its
 * work, never because of a figure (the full run is {@code ./bench.sh}).
 */
class BenchmarkSmokeSystemIT {

	@Test
	void aShortBenchmarkRunOfEveryScenarioBreaksNoInvariant() {
		LocalStack stack = RunningNexus.stack();
		List<String> arguments = List.of("--closed-clients", "2", "--closed-duration", "2s", "--paced-rates", "10",
				"--paced-duration", "2s", "--read-clients", "4", "--read-duration", "500ms", "--warmup", "0", "--idle",
				"0", "--customers", "3", "--products", "2", "--stock", "100000", "--drain-timeout", "60s",
				"--settle-timeout", "45s");
		BenchOptions options = BenchOptions.parse(arguments.toArray(String[]::new));

		Results results = new BenchRun(Target.of(stack, RunningNexus.settings()), options, System.out,
				new BenchRun.Context(arguments, "as the system tests start it", Map.of(),
						List.of("the smoke run of the system tests, on their shared stack")))
			.run();
		Path directory = Path.of("target/benchmark-smoke");
		ResultFiles.write(results, directory);

		// The tool did its work: orders went in and were followed, and every rule ran.
		assertThat(results.closed()).singleElement()
			.satisfies((scenario) -> assertThat(scenario.accepted()).isPositive());
		assertThat(results.paced()).singleElement().satisfies((scenario) -> assertThat(scenario.sent()).isEqualTo(20));
		assertThat(results.reads()).hasSize(3).allSatisfy((read) -> assertThat(read.direct()).isNotNull());
		assertThat(results.invariants().checked()).containsExactlyElementsOf(Invariants.ALL);
		assertThat(results.invariants().skipped()).isEmpty();
		assertThat(results.invariants().orders()).isPositive();
		assertThat(Files.exists(directory.resolve("results.json"))).isTrue();
		// What must never break did not.
		assertThat(results.invariants().violations()).as("invariant violations").isEmpty();
	}

}
