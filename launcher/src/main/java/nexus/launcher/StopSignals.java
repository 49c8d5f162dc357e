package nexus.launcher;

import sun.misc.Signal;

/**
 * Ctrl-C stops the stack however the launcher was started. A non-interactive shell starts
 * a background job ({@code ./run.sh &}) with SIGINT ignored, and a JVM keeps an ignored
 * SIGINT ignored: only TERM would stop it. The launcher handles SIGINT itself, as it
 * handles TERM: it runs its shutdown hook, which stops every process it started.
 */
final class StopSignals {

	private StopSignals() {
	}

	static void stopOnInterrupt() {
		try {
			Signal.handle(new Signal("INT"), (signal) -> System.exit(128 + signal.getNumber()));
		}
		catch (IllegalArgumentException | UnsupportedOperationException ex) {
			// No SIGINT here (or -Xrs): TERM still stops it.
		}
	}

}
