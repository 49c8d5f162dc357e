package nexus.bench.load;

/**
 * Places one order and says how it went; never throws for a failed request (a failure is
 * an outcome to count).
 */
@FunctionalInterface
public interface OrderPlacer {

	/**
	 * Places one order now.
	 * @param intendedNanos when it was due ({@link System#nanoTime()})
	 * @return what happened
	 */
	Placement place(long intendedNanos);

}
