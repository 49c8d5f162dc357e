package nexus.chaos;

import java.util.List;

import nexus.bench.check.InvariantCheck;
import nexus.bench.check.Violation;

/**
 * What a chaos run found.
 *
 * @param faults each fault's figures, in the order they ran (skipped ones with their
 * reason)
 * @param violations every broken invariant, each named with its orders, products or
 * payments
 * @param lastCheck the benchmark's invariant check after the last fault (over every order
 * of the run), or {@code null} if none ran
 * @param explainedDeadLetters dead letters that do not count, each with why
 * @param seconds how long the run took
 */
public record ChaosResult(List<FaultFigures> faults, List<Violation> violations, InvariantCheck.Report lastCheck,
		List<String> explainedDeadLetters, double seconds) {

	/**
	 * Whether every invariant held.
	 * @return {@code true} when nothing broke
	 */
	public boolean passed() {
		return this.violations.isEmpty();
	}

	/**
	 * The faults that could not be injected.
	 * @return their figures, with the reason
	 */
	public List<FaultFigures> skipped() {
		return this.faults.stream().filter((fault) -> fault.skipped() != null).toList();
	}

}
