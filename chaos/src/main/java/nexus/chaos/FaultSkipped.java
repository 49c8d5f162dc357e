package nexus.chaos;

/**
 * A fault this machine or this stack cannot inject (no {@code kill} command for signals,
 * an external broker or database). The run prints the reason and goes on; the fault never
 * counts as passed.
 */
public final class FaultSkipped extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public FaultSkipped(String reason) {
		super(reason);
	}

}
