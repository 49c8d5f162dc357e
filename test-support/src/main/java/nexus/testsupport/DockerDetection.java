package nexus.testsupport;

import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;

/**
 * Whether Testcontainers can run: a Docker engine is reachable and
 * {@code NEXUS_TEST_DOCKER} is not {@code false}.
 */
final class DockerDetection {

	private static @Nullable Boolean available;

	private DockerDetection() {
	}

	static synchronized boolean dockerAvailable() {
		if (available == null) {
			available = !"false".equalsIgnoreCase(System.getenv("NEXUS_TEST_DOCKER")) && probe();
		}
		return available;
	}

	private static boolean probe() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

}
