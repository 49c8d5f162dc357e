package nexus.launcher;

/**
 * A reason the stack cannot start that the person running it can act on: a port in use, a
 * JDK too old, a process that died (with its log file).
 */
public class LauncherException extends RuntimeException {

	public LauncherException(String message) {
		super(message);
	}

	public LauncherException(String message, Throwable cause) {
		super(message, cause);
	}

}
