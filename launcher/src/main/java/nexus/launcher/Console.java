package nexus.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * What the launcher tells the person who started it: progress as components become ready,
 * then where everything is.
 */
public class Console {

	private final PrintStream out;

	public Console(PrintStream out) {
		this.out = out;
	}

	public void info(String message) {
		this.out.println(message);
		this.out.flush();
	}

	public void step(String what, Duration took) {
		info(String.format(Locale.ROOT, "  ready  %-44s %6.1f s", what, took.toMillis() / 1000.0));
	}

	/**
	 * Something that happened while the stack runs, with the time of day.
	 * @param what what happened
	 */
	public void notice(String what) {
		info(java.time.LocalTime.now().withNano(0) + " Nexus: " + what);
	}

	public void waiting(String what) {
		info("  ...    " + what);
	}

	public void problem(String message) {
		this.out.println();
		this.out.println("Nexus could not start: " + message);
		this.out.flush();
	}

	/** A console that says nothing, for tests. */
	public static Console silent() {
		return new Console(new PrintStream(PrintStream.nullOutputStream()));
	}

}
