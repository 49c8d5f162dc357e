package nexus.chaos;

/**
 * The suite cannot go on: the stack did not come back after a fault, or a tool failed. A
 * stack that does not recover is a finding of the run, reported with the checks.
 */
public final class ChaosException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ChaosException(String message) {
		super(message);
	}

	public ChaosException(String message, Throwable cause) {
		super(message, cause);
	}

}
