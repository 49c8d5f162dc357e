package nexus.system;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert rules under deploy/prometheus load, and fire the same under docker compose
 * and Kubernetes ({@code deploy/prometheus/alerts-test.yml}), checked by promtool.
 */
class AlertRulesTest {

	private final Path rules = Path.of(System.getProperty("nexus.repository", ".."))
		.toAbsolutePath()
		.normalize()
		.resolve("deploy/prometheus");

	@Test
	void rulesAreValidAndTheirUnitTestsPass() throws Exception {
		String promtool = Tools.require(List.of("promtool"), "NEXUS_PROMTOOL",
				"apt-get install prometheus brings promtool");

		assertThat(run(promtool, "check", "rules", "alerts.yml")).contains("SUCCESS");
		assertThat(run(promtool, "test", "rules", "alerts-test.yml")).contains("SUCCESS");
	}

	private String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).directory(this.rules.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(output).isZero();
		return output;
	}

}
