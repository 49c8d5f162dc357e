package nexus.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nexus.bench.Results;
import nexus.bench.Target;
import nexus.bench.check.Violation;
import nexus.bench.measure.Latency;
import nexus.bench.measure.StackProcesses;

/**
 * The results as Markdown tables: what {@code ./bench.sh} prints at the end and writes to
 * {@code results.md}.
 */
public final class MarkdownReport {

	private static final int IDS_SHOWN = 20;

	private MarkdownReport() {
	}

	/**
	 * The report.
	 * @param results the results
	 * @return Markdown
	 */
	public static String of(Results results) {
		StringBuilder md = new StringBuilder();
		Results.Meta meta = results.meta();
		md.append("# Nexus benchmark, ")
			.append(meta.startedAt(), 0, Math.min(16, meta.startedAt().length()))
			.append(" UTC\n\n");
		md.append("- machine: ").append(meta.machine()).append('\n');
		md.append("- stack: ")
			.append(meta.stack())
			.append("; start-up cache: ")
			.append(meta.startupCache())
			.append('\n');
		md.append(String.format(Locale.ROOT,
				"- other processes on the machine: %s cores while the stack was idle, %s on average during the "
						+ "scenarios; load average when the scenarios started: %.2f%n",
				cores(meta.otherCoresWhileIdle()), cores(meta.otherCoresDuringScenarios()), meta.loadAverageAtStart()));
		md.append("- ")
			.append(meta.customers())
			.append(" customers (each with their own token), ")
			.append(meta.products())
			.append(" products; every order one line of quantity 1\n");
		if (!meta.rateLimits().isEmpty()) {
			md.append("- gateway rate limits raised for the run: ").append(join(meta.rateLimits())).append('\n');
		}
		meta.processesNotFound().forEach((name) -> md.append("- not measured: ").append(name).append('\n'));
		meta.notes().forEach((note) -> md.append("- note: ").append(note).append('\n'));
		md.append("- command: `./bench.sh")
			.append(meta.arguments().isEmpty() ? "" : " ")
			.append(String.join(" ", meta.arguments()))
			.append("`\n");

		if (!results.closed().isEmpty()) {
			md.append("\n## Orders, closed loop through the gateway\n\n");
			md.append(
					"| clients | sent/s | accepted/s | confirmed/s | POST p50 / p99 | placed → CONFIRMED p50 / p99 / max "
							+ "| backlog at end, drained after | outcomes | HTTP codes |\n");
			md.append("|---|---|---|---|---|---|---|---|---|\n");
			for (Results.OrderScenario scenario : results.closed()) {
				md.append("| ").append(scenario.clients()).append(orderCells(scenario)).append('\n');
			}
		}
		if (!results.paced().isEmpty()) {
			md.append("\n## Orders, paced (open loop: sent on schedule, latency from the scheduled moment)\n\n");
			md.append(
					"| rate | sent/s | accepted/s | confirmed/s | POST p50 / p99 | placed → CONFIRMED p50 / p99 / max "
							+ "| backlog at end, drained after | outcomes | HTTP codes |\n");
			md.append("|---|---|---|---|---|---|---|---|---|\n");
			for (Results.OrderScenario scenario : results.paced()) {
				md.append("| ")
					.append(number(scenario.targetRate()))
					.append("/s")
					.append(orderCells(scenario))
					.append('\n');
			}
			String lag = results.paced()
				.stream()
				.map((scenario) -> number(scenario.targetRate()) + "/s p99 " + ms(scenario.sendLag().p99()) + ", max "
						+ ms(scenario.sendLag().max()))
				.collect(Collectors.joining("; "));
			md.append("\nThe generator's own lag behind its schedule: ").append(lag).append(".\n");
		}
		if (!results.reads().isEmpty()) {
			md.append("\n## Reads, anonymous, closed loop\n\n");
			md.append(
					"| read | clients | gateway ok/s | gateway p50 / p99 | direct ok/s | direct p50 / p99 | gateway / direct "
							+ "| gateway CPU per request | load generator cores (gateway; direct) | other processes, cores (gateway; direct) "
							+ "| HTTP codes (gateway; direct) |\n");
			md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
			for (Results.ReadScenario read : results.reads()) {
				Results.ReadSide gateway = read.gateway();
				Results.ReadSide direct = read.direct();
				md.append("| ").append(read.name());
				if (gateway.recoverySeconds() > 1) {
					md.append(String.format(Locale.ROOT, " (after waiting %.0f s for the gateway to answer again)",
							gateway.recoverySeconds()));
				}
				md.append(" | ").append(read.clients());
				md.append(" | ").append(rate(gateway.okPerSecond()));
				md.append(" | ").append(ms(gateway.latency().p50())).append(" / ").append(ms(gateway.latency().p99()));
				md.append(" | ").append((direct != null) ? rate(direct.okPerSecond()) : "n/a");
				md.append(" | ")
					.append((direct != null) ? ms(direct.latency().p50()) + " / " + ms(direct.latency().p99()) : "n/a");
				md.append(" | ")
					.append((read.ratio() != null) ? String.format(Locale.ROOT, "%.2f", read.ratio()) : "n/a");
				Double cpu = gateway.cpuMsPerRequest().get("gateway");
				md.append(" | ").append((cpu != null) ? String.format(Locale.ROOT, "%.2f ms", cpu) : "n/a");
				md.append(" | ")
					.append(String.format(Locale.ROOT, "%.2f", gateway.generatorCores()))
					.append("; ")
					.append((direct != null) ? String.format(Locale.ROOT, "%.2f", direct.generatorCores()) : "n/a");
				md.append(" | ")
					.append(cores(gateway.otherCores()))
					.append("; ")
					.append((direct != null) ? cores(direct.otherCores()) : "n/a");
				md.append(" | ")
					.append(counts(gateway.httpCodes()))
					.append("; ")
					.append((direct != null) ? counts(direct.httpCodes()) : "n/a")
					.append(" |\n");
			}
		}

		List<Results.OrderScenario> all = new ArrayList<>(results.closed());
		all.addAll(results.paced());
		if (!all.isEmpty()) {
			Set<String> processes = new LinkedHashSet<>(Target.PROCESSES);
			all.forEach((scenario) -> processes.addAll(scenario.cpuSeconds().keySet()));
			processes.remove(StackProcesses.GENERATOR);
			md.append("\n## CPU per confirmed order (ms of CPU, over the scenario and its drain)\n\n| scenario | ");
			md.append(String.join(" | ", processes))
				.append(" | stack | load generator | load generator (cores) | other processes (cores) |\n");
			md.append("|---").append("|---".repeat(processes.size() + 4)).append("|\n");
			for (Results.OrderScenario scenario : all) {
				md.append("| ").append(scenario.name());
				for (String process : processes) {
					md.append(" | ").append(cpuMs(scenario.cpuMsPerConfirmed().get(process)));
				}
				md.append(" | **").append(cpuMs(scenario.cpuMsPerConfirmed().get("stack"))).append("**");
				md.append(" | ").append(cpuMs(scenario.cpuMsPerConfirmed().get(StackProcesses.GENERATOR)));
				md.append(" | ").append(String.format(Locale.ROOT, "%.2f", scenario.generatorCores()));
				md.append(" | ").append(cores(scenario.otherCores())).append(" |\n");
			}
		}
		if (!results.idleCpuCoresPerProcess().isEmpty()) {
			md.append("\nIdle CPU before the scenarios (cores): ")
				.append(results.idleCpuCoresPerProcess()
					.entrySet()
					.stream()
					.map((entry) -> entry.getKey() + " " + String.format(Locale.ROOT, "%.3f", entry.getValue()))
					.collect(Collectors.joining(", ")))
				.append(".\n");
		}

		md.append("\n## Memory\n\n| process | RSS before | RSS after | PSS after |\n|---|---|---|---|\n");
		long before = 0;
		long after = 0;
		long pss = 0;
		for (Map.Entry<String, StackProcesses.MemoryUse> entry : results.memoryAfter().entrySet()) {
			StackProcesses.MemoryUse was = results.memoryBefore().get(entry.getKey());
			md.append("| ")
				.append(entry.getKey())
				.append(" | ")
				.append(mb((was != null) ? was.residentBytes() : 0))
				.append(" | ")
				.append(mb(entry.getValue().residentBytes()))
				.append(" | ")
				.append(mb(entry.getValue().proportionalBytes()))
				.append(" |\n");
			if (!entry.getKey().equals(StackProcesses.GENERATOR)) {
				before += (was != null) ? was.residentBytes() : 0;
				after += entry.getValue().residentBytes();
				pss += entry.getValue().proportionalBytes();
			}
		}
		md.append("| **stack (without the load generator)** | **")
			.append(gb(before))
			.append("** | **")
			.append(gb(after))
			.append("** | **")
			.append(gb(pss))
			.append("** |\n");

		md.append("\n## Invariants\n\n");
		var report = results.invariants();
		md.append(String.format(Locale.ROOT,
				"%d orders checked (%d accepted, %d made for a request answered with a server error or not at all), "
						+ "%d products, " + "%d payments at the provider; %.1f s.%n%n",
				report.orders(), report.accepted(), report.unseen(), report.products(), report.providerPayments(),
				report.seconds()));
		md.append("Checked: ").append(String.join(", ", report.checked())).append(".\n");
		report.skipped()
			.forEach((rule, why) -> md.append("Skipped: ").append(rule).append(" (").append(why).append(").\n"));
		if (report.passed()) {
			md.append("\n**Every invariant held.**\n");
		}
		else {
			md.append("\n**").append(report.violations().size()).append(" violation(s):**\n\n");
			for (Violation violation : report.violations()) {
				md.append("- `").append(violation.rule()).append("`: ").append(violation.detail()).append(": ");
				List<String> ids = violation.ids();
				md.append(String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size()))));
				if (ids.size() > IDS_SHOWN) {
					md.append(" and ").append(ids.size() - IDS_SHOWN).append(" more (all in results.json)");
				}
				md.append('\n');
			}
		}
		return md.toString();
	}

	private static String orderCells(Results.OrderScenario scenario) {
		Latency post = scenario.post();
		Latency saga = scenario.placedToConfirmed();
		String drained = (scenario.drainedAfterSeconds() != null)
				? String.format(Locale.ROOT, "%d, %.1f s", scenario.backlogAtEnd(), scenario.drainedAfterSeconds())
				: scenario.backlogAtEnd() + ", **not drained** (" + scenario.stillOpen() + " open)";
		if (scenario.openBefore() > 0) {
			drained += "; " + scenario.openBefore() + " open from before";
		}
		if (scenario.recoverySeconds() > 1) {
			drained += String.format(Locale.ROOT, "; started after waiting %.0f s for the gateway to answer again",
					scenario.recoverySeconds());
		}
		return " | " + rate(scenario.sentPerSecond()) + " | " + rate(scenario.acceptedPerSecond()) + " | "
				+ rate(scenario.confirmedPerSecond()) + " | " + ms(post.p50()) + " / " + ms(post.p99()) + " | "
				+ ms(saga.p50()) + " / " + ms(saga.p99()) + " / " + ms(saga.max()) + " | " + drained + " | "
				+ outcomes(scenario.outcomes(), scenario.sent()) + " | " + counts(scenario.httpCodes()) + " |";
	}

	private static String outcomes(Map<String, Long> outcomes, long total) {
		return outcomes.entrySet()
			.stream()
			.sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
			.map((entry) -> entry.getKey() + " " + entry.getValue()
					+ ((entry.getValue() < total)
							? String.format(Locale.ROOT, " (%.1f%%)", 100.0 * entry.getValue() / total) : ""))
			.collect(Collectors.joining(", "));
	}

	static String counts(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ": " + entry.getValue())
			.collect(Collectors.joining(", "));
	}

	private static String join(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(", "));
	}

	static String ms(double millis) {
		if (millis >= 100) {
			return String.format(Locale.ROOT, "%,.0f ms", millis);
		}
		return String.format(Locale.ROOT, "%.1f ms", millis);
	}

	private static String rate(double perSecond) {
		return (perSecond >= 100) ? String.format(Locale.ROOT, "%,.0f", perSecond)
				: String.format(Locale.ROOT, "%.1f", perSecond);
	}

	private static String cores(double cores) {
		return (cores >= 0) ? String.format(Locale.ROOT, "%.2f", cores) : "n/a";
	}

	private static String cpuMs(Double millis) {
		return (millis != null) ? String.format(Locale.ROOT, "%.1f", millis) : "n/a";
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	// Binary units, as the launcher prints the stack's memory when it is ready.
	private static String mb(long bytes) {
		return String.format(Locale.ROOT, "%,.0f MB", bytes / (1024.0 * 1024));
	}

	private static String gb(long bytes) {
		return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
	}

}
