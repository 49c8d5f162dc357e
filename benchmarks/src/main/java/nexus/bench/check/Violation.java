package nexus.bench.check;

import java.util.List;

/**
 * Something that must never happen, and did.
 *
 * @param rule which rule (see {@link Invariants})
 * @param detail what was seen, with the figures
 * @param ids the orders, products or payments involved
 */
public record Violation(String rule, String detail, List<String> ids) {

	public Violation {
		ids = List.copyOf(ids);
	}

	@Override
	public String toString() {
		return this.rule + ": " + this.detail + " " + this.ids;
	}

}
