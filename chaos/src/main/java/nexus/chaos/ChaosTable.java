package nexus.chaos;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import nexus.bench.check.Invariants;

/**
 * The tables a chaos run prints, in Markdown: one row per fault, then what broke (with
 * the ids) and what was skipped (with the reason).
 */
public final class ChaosTable {

	static final String HEADER = """
			| # | fault | orders placed | accepted | other answers | outcomes | p99 placed→final during the fault | failed after the fault | first order accepted after the first failure | backlog drained | checks |
			|---|---|---|---|---|---|---|---|---|---|---|""";

	private ChaosTable() {
	}

	/**
	 * The whole report.
	 * @param result the run
	 * @return Markdown
	 */
	public static String markdown(ChaosResult result) {
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < result.faults().size(); i++) {
			text.append(line(i + 1, result.faults().get(i))).append('\n');
		}
		text.append('\n');
		long ran = result.faults().stream().filter((fault) -> fault.skipped() == null).count();
		long passed = result.faults().stream().filter(FaultFigures::passed).count();
		text.append(String.format(Locale.ROOT,
				"%d of %d faults injected, %d with every check holding; %d skipped. "
						+ "Rules checked after each fault: %s, %s, %s. Run took %.0f s.%n",
				ran, result.faults().size(), passed, result.skipped().size(), String.join(", ", Invariants.ALL),
				DeadlineRule.RULE, DeadLetterRule.RULE, result.seconds()));
		for (FaultFigures skipped : result.skipped()) {
			text.append("SKIPPED ").append(skipped.fault().text()).append(": ").append(skipped.skipped()).append('\n');
		}
		if (result.passed()) {
			text.append("Every invariant held.\n");
		}
		else {
			text.append("BROKEN:\n");
			result.violations().forEach((violation) -> text.append("  ").append(violation).append('\n'));
		}
		result.explainedDeadLetters()
			.forEach((letter) -> text.append("dead letter explained: ").append(letter).append('\n'));
		return text.toString();
	}

	/**
	 * One fault's row with the header, as it is printed after the fault.
	 * @param number its place in the schedule
	 * @param figures its figures
	 * @return Markdown
	 */
	static String row(int number, FaultFigures figures) {
		return HEADER + "\n" + line(number, figures);
	}

	static String line(int number, FaultFigures figures) {
		if (figures.skipped() != null) {
			return "| " + number + " | " + figures.fault().title() + " | - | - | - | - | - | - | - | - | SKIPPED: "
					+ figures.skipped() + " |";
		}
		Recovery recovery = figures.recovery();
		String firstSuccess = (recovery.firstSuccess() == null) ? "not within the phase"
				: recovery.firstSuccess().isZero() ? "no request failed" : seconds(recovery.firstSuccess());
		String drained = (recovery.drained() == null) ? "not drained" : seconds(recovery.drained());
		String p99 = (figures.duringFault().count() == 0) ? "no order accepted" : String.format(Locale.ROOT,
				"%.1f s (%d orders)", figures.duringFault().p99() / 1000, figures.duringFault().count());
		String checks = figures.violations().isEmpty() ? "all held" : figures.violations().size() + " BROKEN: " + String
			.join(", ", figures.violations().stream().map((violation) -> violation.rule()).distinct().toList());
		return String.join(" | ",
				List.of("| " + number, figures.fault().title(), Integer.toString(figures.sent()),
						Integer.toString(figures.accepted()), FaultFigures.counts(figures.answers()),
						FaultFigures.counts(figures.outcomes()), p99, Integer.toString(recovery.failed()), firstSuccess,
						drained, checks + " |"));
	}

	static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

}
