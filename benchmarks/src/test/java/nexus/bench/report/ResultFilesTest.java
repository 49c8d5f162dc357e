package nexus.bench.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nexus.bench.Results;
import nexus.bench.check.InvariantCheck;
import nexus.bench.check.Invariants;
import nexus.bench.check.Violation;
import nexus.bench.measure.Latency;
import nexus.bench.measure.StackProcesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ResultFilesTest {

	@TempDir
	Path directory;

	@Test
	void theResultsAreWrittenAsJsonMarkdownAndAPageWithInlineCharts() throws Exception {
		Results results = results(List.of());

		String markdown = ResultFiles.write(results, this.directory);

		assertThat(Files.readString(this.directory.resolve("results.md"))).isEqualTo(markdown);
		assertThat(markdown).contains("## Orders, closed loop through the gateway")
			.contains("| 16 | 40.0 | 38.0 | 34.0 | 282 ms / 989 ms | 6,125 ms / 10,252 ms / 11,000 ms |")
			.contains("CANCELLED PAYMENT_UNAVAILABLE 20 (2.0%)")
			.contains("## Orders, paced")
			.contains("**not drained** (12 open); started after waiting 12 s for the gateway to answer again")
			.contains("| product page | 64 | 450 | 20.0 ms / 95.0 ms | 2,000 | 5.0 ms / 20.0 ms | 0.23 | 4.50 ms "
					+ "| 0.30; 0.60 | 0.75; 0.50 |")
			.contains("other processes on the machine: 0.05 cores while the stack was idle, 1.25 on average")
			.contains("503: 7")
			.contains("## CPU per confirmed order")
			.contains(
					"| closed 16 clients | 9.0 | 6.0 | n/a | 12.0 | 21.0 | 7.0 | n/a | **55.0** | 4.0 | 0.35 | 1.50 |")
			.contains("| **stack (without the load generator)** | **1.00 GB** | **2.00 GB** |")
			.contains("**Every invariant held.**")
			.contains("Skipped: charged-at-most-once (no payment source");

		String html = Files.readString(this.directory.resolve("latency.html"));
		assertThat(html).contains("<svg")
			.contains("closed 16 clients")
			.contains("placed \u2192 CONFIRMED p99")
			.doesNotContain("<script")
			.doesNotContain("http://cdn")
			.doesNotContain("https://");

		Results read = ResultFiles.read(this.directory.resolve("results.json"));
		assertThat(read.closed().getFirst().confirmedPerSecond()).isEqualTo(34.0);
		assertThat(read.paced().getFirst().drainedAfterSeconds()).isNull();
		assertThat(read.reads().getFirst().ratio()).isEqualTo(0.225);
		assertThat(read.invariants().checked()).isEqualTo(results.invariants().checked());
	}

	@Test
	void everyViolationIsPrintedWithItsIds() {
		List<String> many = new java.util.ArrayList<>();
		for (int i = 0; i < 25; i++) {
			many.add("order-" + i);
		}
		String markdown = MarkdownReport.of(results(List.of(
				new Violation(Invariants.CHARGED_ONCE, "order captured 2 times (0 refunded)",
						List.of("o1", "pi_1", "pi_2")),
				new Violation(Invariants.ORDER_FINAL, "25 order(s) still AWAITING_PAYMENT at the end", many))));

		assertThat(markdown).contains("**2 violation(s):**")
			.contains("- `charged-at-most-once`: order captured 2 times (0 refunded): o1, pi_1, pi_2")
			.contains("order-19 and 5 more (all in results.json)")
			.doesNotContain("order-20,");
	}

	private static Results results(List<Violation> violations) {
		Results.Meta meta = new Results.Meta("2026-01-01T10:00:00Z", "2026-01-01T10:07:00Z", List.of("--quick"),
				"2 cores, Linux amd64", 0.2, 0.05, 1.25, "the local stack", "in use", Map.of("LIMIT", "1000000"), 50,
				20, List.of(), List.of("the machine was shared"));
		Map<String, Double> cpuPerOrder = new LinkedHashMap<>();
		cpuPerOrder.put("PostgreSQL", 9.0);
		cpuPerOrder.put("Kafka", 6.0);
		cpuPerOrder.put("catalog-service", 12.0);
		cpuPerOrder.put("order-service", 21.0);
		cpuPerOrder.put("gateway", 7.0);
		cpuPerOrder.put(StackProcesses.GENERATOR, 4.0);
		cpuPerOrder.put("stack", 55.0);
		Results.OrderScenario closed = new Results.OrderScenario("closed 16 clients", 16, 0, 25, 1000, 950, 40, 38, 850,
				34, new Latency(1000, 282, 600, 989, 1500, 300), new Latency(850, 6125, 9000, 10252, 11000, 6000),
				Latency.NONE, Map.of("CONFIRMED", 980L, "CANCELLED PAYMENT_UNAVAILABLE", 20L), Map.of("202", 1000L), 0,
				0, 0.2, 400, 12.5, 0, Map.of("order-service", 17.85), cpuPerOrder, 0.35, 1.5,
				List.of(new Results.Second(0, 40, 38, 30, 200, 900, 5000, 9000),
						new Results.Second(1, 40, 38, 34, 250, 950, 5500, 9500)));
		Results.OrderScenario paced = new Results.OrderScenario("paced 200/s", 0, 200, 25, 5000, 4000, 200, 160, 900,
				34, new Latency(5000, 900, 3000, 5000, 5200, 1200), new Latency(900, 20000, 40000, 50000, 60000, 25000),
				new Latency(5000, 0.1, 0.2, 0.5, 3, 0.1), Map.of("CONFIRMED", 900L, "still AWAITING_PAYMENT", 12L),
				Map.of("202", 4000L, "504", 1000L), 7, 0, 12, 3100, null, 12, Map.of(), Map.of(), 0.5, -1, List.of());
		Results.ReadSide gateway = new Results.ReadSide("GET /api/catalog/products/{id}", 8, 3607, 450,
				new Latency(3600, 20, 50, 95, 200, 25), Map.of("200", 3600L, "503", 7L), Map.of("gateway", 4.5), 0.3,
				0.75, 0, new long[] { 440, 460 });
		Results.ReadSide direct = new Results.ReadSide("GET /api/catalog/products/{id}", 8, 16000, 2000,
				new Latency(16000, 5, 10, 20, 40, 6), Map.of("200", 16000L), Map.of(), 0.6, 0.5, 0,
				new long[] { 1990, 2010 });
		InvariantCheck.Report report = new InvariantCheck.Report(
				List.of(Invariants.ORDER_KNOWN, Invariants.ORDER_FINAL, Invariants.STOCK_ADDS_UP),
				Map.of(Invariants.CHARGED_ONCE, "no payment source (give the payment simulator's URL)"), violations,
				2000, 1990, 10, 20, 0, 3.5);
		Map<String, StackProcesses.MemoryUse> before = Map.of("gateway",
				new StackProcesses.MemoryUse(1L << 30, 1L << 29), StackProcesses.GENERATOR,
				new StackProcesses.MemoryUse(1L << 28, 1L << 27));
		Map<String, StackProcesses.MemoryUse> after = Map.of("gateway",
				new StackProcesses.MemoryUse(1L << 31, 1L << 30), StackProcesses.GENERATOR,
				new StackProcesses.MemoryUse(1L << 28, 1L << 27));
		return new Results(meta, Map.of("Kafka", 0.02), List.of(closed), List.of(paced),
				List.of(new Results.ReadScenario("product page", 64, gateway, direct, 0.225)), before, after, report);
	}

}
