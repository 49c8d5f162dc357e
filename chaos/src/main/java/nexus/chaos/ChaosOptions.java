package nexus.chaos;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nexus.bench.BenchOptions;
import nexus.bench.CommandLine;

/**
 * How a chaos run goes.
 *
 * @param faults the schedule, in order
 * @param rate orders per second through the gateway, steady for the whole run
 * @param lead how long orders flow before each fault
 * @param tail how long they flow after the stack is whole again
 * @param deadline how long an accepted order may take to become final
 * @param recoverTimeout how long the stack may take to be whole again after a fault
 * @param customers customers the run registers
 * @param products products it creates
 * @param stock units each product starts with
 */
public record ChaosOptions(List<FaultSpec> faults, double rate, Duration lead, Duration tail, Duration deadline,
		Duration recoverTimeout, int customers, int products, int stock) {

	static final String USAGE = """
			Usage: ./chaos.sh [options]
			  Starts the local stack (free ports, fresh data in .nexus-chaos/), drives orders at a steady rate
			  through the gateway and injects the faults one after another; after each it waits until the stack
			  is whole, checks every invariant and prints a table row. Exit code 0: every invariant held (a fault
			  that cannot be injected here is printed as SKIPPED, never as passed); 3: an invariant broke (the
			  orders and products are named) or the stack did not recover; 1: the tool failed; 2: bad options.

			  --short               CI's short form: %s, 5 orders/s, 3 s before and 5 s after each
			  --faults LIST         the faults, comma-separated kind:target[:duration] (default: the full suite)
			                        %s
			  --rate N              orders per second (default 20; 5 with --short)
			  --lead D              orders before each fault (default 10s)
			  --tail D              orders after the stack is whole again (default 15s)
			  --deadline D          an accepted order must be final within this (default 5m)
			  --recover-timeout D   the stack must be whole again within this (default 5m)
			  --customers N         (default 10)   --products N (default 5)   --stock N (default 100000)
			""".formatted(FaultSchedule.SHORT, FaultSchedule.FULL.replace(",", ", "));

	private static final Set<String> FLAGS = Set.of("short");

	private static final Set<String> VALUES = Set.of("faults", "rate", "lead", "tail", "deadline", "recover-timeout",
			"customers", "products", "stock");

	/**
	 * The full suite's defaults.
	 * @return the options
	 */
	public static ChaosOptions defaults() {
		return parse();
	}

	/**
	 * Reads the command line.
	 * @param args the arguments
	 * @return the options
	 * @throws IllegalArgumentException naming what is wrong
	 */
	public static ChaosOptions parse(String... args) {
		Map<String, String> values = CommandLine.parse(args, FLAGS, VALUES, USAGE);
		boolean shortForm = values.containsKey("short");
		String faults = values.getOrDefault("faults", shortForm ? FaultSchedule.SHORT : FaultSchedule.FULL);
		double rate = positive("rate", Double.parseDouble(values.getOrDefault("rate", shortForm ? "5" : "20")));
		return new ChaosOptions(FaultSchedule.parse(faults), rate,
				BenchOptions.duration(values.getOrDefault("lead", shortForm ? "3s" : "10s")),
				BenchOptions.duration(values.getOrDefault("tail", shortForm ? "5s" : "15s")),
				BenchOptions.duration(values.getOrDefault("deadline", "5m")),
				BenchOptions.duration(values.getOrDefault("recover-timeout", "5m")),
				(int) positive("customers", Integer.parseInt(values.getOrDefault("customers", shortForm ? "4" : "10"))),
				(int) positive("products", Integer.parseInt(values.getOrDefault("products", shortForm ? "3" : "5"))),
				(int) positive("stock", Integer.parseInt(values.getOrDefault("stock", "100000"))));
	}

	private static double positive(String name, double value) {
		if (!(value > 0)) {
			throw new IllegalArgumentException("--" + name + " must be positive, not " + value);
		}
		return value;
	}

}
