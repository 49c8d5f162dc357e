package nexus.bench.shop;

/**
 * The benchmark cannot go on: the stack did not answer as it must for the run to mean
 * anything (a setup call failed, a process is missing). Never thrown for slowness.
 */
public class BenchException extends RuntimeException {

	public BenchException(String message) {
		super(message);
	}

	public BenchException(String message, Throwable cause) {
		super(message, cause);
	}

}
