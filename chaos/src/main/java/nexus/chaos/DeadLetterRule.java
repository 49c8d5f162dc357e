package nexus.chaos;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import nexus.bench.check.Violation;

/**
 * Dead letters after a run must be none, or each one explained. A dead letter that was
 * there before the run began is not the run's (another test's poison message, an earlier
 * run): it is listed as explained. A new one about something the run made (its key is one
 * of the run's orders, products or customers) is a violation, named with the ids: a fault
 * must never make a consumer give up on a good event. A new one about anything else is
 * listed as explained, with its error, so that nobody has to guess.
 */
public final class DeadLetterRule {

	/** The rule's name, as the invariants are named. */
	public static final String RULE = "dead-letters-explained";

	private DeadLetterRule() {
	}

	/**
	 * Checks the dead letters.
	 * @param before ids of the dead letters that existed when the run began
	 * @param now every dead letter now
	 * @param runIds ids of what the run made: orders, products, customers
	 * @return violations, and the dead letters that are explained
	 */
	public static Result check(Set<String> before, Collection<DeadLetters.Letter> now, Set<String> runIds) {
		List<Violation> violations = new ArrayList<>();
		List<String> explained = new ArrayList<>();
		for (DeadLetters.Letter letter : now) {
			if (before.contains(letter.id())) {
				explained.add(letter.describe() + ": there before the run began");
			}
			else if (letter.key() != null && runIds.contains(letter.key())) {
				violations.add(new Violation(RULE,
						letter.service() + " dead-lettered an event of the run: " + letter.describe(),
						List.of(letter.key(), letter.id())));
			}
			else {
				explained.add(letter.describe() + ": not about anything the run made");
			}
		}
		return new Result(List.copyOf(violations), List.copyOf(explained));
	}

	/**
	 * What the rule found.
	 *
	 * @param violations dead letters about the run's own data
	 * @param explained every other dead letter, with why it does not count
	 */
	public record Result(List<Violation> violations, List<String> explained) {
	}

}
