package nexus.chaos;

import java.time.Duration;

/** Sleeps, turning an interruption into a failure of the run. */
final class Pause {

	private Pause() {
	}

	static void of(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ChaosException("interrupted", ex);
		}
	}

}
