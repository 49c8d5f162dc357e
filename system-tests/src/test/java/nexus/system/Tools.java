package nexus.system;

import java.io.File;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * Tools from the machine that some tests drive (Chromium, ChromeDriver, promtool). On a
 * developer machine without one, those tests are skipped with the reason printed; where
 * {@code .ci/run} installed them it sets {@code NEXUS_BROWSER_TESTS=required} and
 * {@code NEXUS_PROMTOOL=required}, and a missing tool fails the run.
 */
final class Tools {

	private Tools() {
	}

	static Optional<String> find(List<String> names) {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			for (String name : names) {
				File candidate = new File(directory, name);
				if (candidate.canExecute()) {
					return Optional.of(candidate.getAbsolutePath());
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The tool, or the test is skipped (or fails, where the variable says it is
	 * required).
	 * @param names the executable's possible names
	 * @param requiredBy the environment variable that makes it required
	 * @param install how to get it
	 * @return its path
	 */
	static String require(List<String> names, String requiredBy, String install) {
		Optional<String> found = find(names);
		if (found.isPresent()) {
			return found.get();
		}
		String reason = names.get(0) + " is not installed (" + install + ")";
		if ("required".equalsIgnoreCase(System.getenv(requiredBy))) {
			fail(reason + ", and " + requiredBy + "=required");
		}
		System.out.println("SKIPPED: " + reason + "; set " + requiredBy + "=required to make this a failure");
		Assumptions.abort(reason);
		throw new IllegalStateException("unreachable");
	}

}
