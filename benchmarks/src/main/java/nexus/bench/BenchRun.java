package nexus.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import nexus.bench.check.CatalogDatabaseStock;
import nexus.bench.check.InvariantCheck;
import nexus.bench.check.SimulatorPayments;
import nexus.bench.load.GatewayOrders;
import nexus.bench.load.OrderBook;
import nexus.bench.load.OrderLoad;
import nexus.bench.load.OrderLoad.LoadWindow;
import nexus.bench.load.OrderState;
import nexus.bench.load.Placement;
import nexus.bench.load.ReadLoad;
import nexus.bench.measure.StackProcesses;
import nexus.bench.measure.StackProcesses.CpuSnapshot;
import nexus.bench.shop.Account;
import nexus.bench.shop.BenchException;
import nexus.bench.shop.Fixtures;
import nexus.bench.shop.Http;
import nexus.bench.shop.Shop;

/**
 * One run of the benchmark against a stack: set up, warm up, measure idle CPU, run the
 * order and read scenarios, then check the invariants. It prints progress as it goes and
 * returns every figure; it judges no figure.
 */
public final class BenchRun {

	private static final double WARMUP_RATE = 20;

	private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(45);

	private final Target target;

	private final BenchOptions options;

	private final PrintStream out;

	private final Context context;

	private final Http http = new Http();

	private final Shop shop;

	private final List<String> accepted = new ArrayList<>();

	private final Set<String> unknownOutcomeCustomers = new LinkedHashSet<>();

	private List<String> open = List.of();

	private Account probeAdmin;

	private double otherWhileIdle = -1;

	private String probeProduct;

	/**
	 * A run.
	 * @param target the stack
	 * @param options how
	 * @param out where progress goes
	 * @param context how it was started, for the results
	 */
	public BenchRun(Target target, BenchOptions options, PrintStream out, Context context) {
		this.target = target;
		this.options = options;
		this.out = out;
		this.context = context;
		this.shop = new Shop(this.http, target.gateway());
	}

	/**
	 * Runs it.
	 * @return the figures
	 * @throws BenchException when the stack does not let the run set up or go on
	 */
	public Results run() {
		Instant started = Instant.now();
		StackProcesses processes = StackProcesses.find(this.target.ports(), Target.TREES);
		processes.missing().forEach((name) -> say("  not measured: " + name));
		Map<String, StackProcesses.MemoryUse> memoryBefore = processes.memory();

		String runId = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
		say("Setting up: " + this.options.customers() + " customers and " + this.options.products() + " products (run "
				+ runId + ")");
		long setupStarted = System.nanoTime();
		Account admin = this.shop.login(this.target.adminEmail(), this.target.adminPassword());
		Fixtures fixtures = Fixtures.create(this.shop, admin, runId, this.options.customers(), this.options.products(),
				this.options.stock());
		say(String.format(Locale.ROOT, "  set up in %.1f s", (System.nanoTime() - setupStarted) / 1e9));
		GatewayOrders placer = new GatewayOrders(this.shop, fixtures);
		this.probeAdmin = admin;
		this.probeProduct = fixtures.products().getFirst().id();
		OrderBook book = new OrderBook(this.http,
				(this.target.orderService() != null) ? this.target.orderService() : this.target.gateway(), admin);
		List<ReadKinds.Kind> reads = ReadKinds.of(this.target.gateway(), this.target.catalogService(), fixtures);

		awaitOrderable(placer, fixtures);
		warmUp(placer, book, reads);
		Map<String, Double> idle = idle(processes);
		double load = loadAverage();
		CpuSnapshot scenariosStarted = processes.cpu();

		List<Results.OrderScenario> closed = new ArrayList<>();
		if (this.options.scenarios().contains("closed")) {
			for (int clients : this.options.closedClients()) {
				closed.add(orders("closed " + clients + " clients", clients, 0, processes, book,
						() -> OrderLoad.closedLoop(placer, clients, this.options.closedDuration())));
			}
		}
		List<Results.OrderScenario> paced = new ArrayList<>();
		if (this.options.scenarios().contains("paced")) {
			for (double rate : this.options.pacedRates()) {
				paced.add(orders("paced " + number(rate) + "/s", 0, rate, processes, book,
						() -> OrderLoad.paced(placer, rate, this.options.pacedDuration())));
			}
		}
		List<Results.ReadScenario> readResults = new ArrayList<>();
		if (this.options.scenarios().contains("reads")) {
			for (int clients : this.options.readClients()) {
				for (ReadKinds.Kind kind : reads) {
					readResults.add(read(kind, clients, processes));
				}
			}
		}
		double otherDuringScenarios = processes.cpu().otherCoresSince(scenariosStarted);
		Map<String, StackProcesses.MemoryUse> memoryAfter = processes.memory();

		say("Checking the invariants over " + this.accepted.size() + " accepted orders ...");
		InvariantCheck check = new InvariantCheck(book,
				(this.target.catalogJdbc() != null) ? new CatalogDatabaseStock(this.target.catalogJdbc(),
						this.target.jdbcUser(), this.target.jdbcPassword()) : null,
				(this.target.simulator() != null) ? new SimulatorPayments(this.http, this.target.simulator()) : null);
		InvariantCheck.Report invariants = check.run(fixtures.initialStock(), this.accepted,
				this.unknownOutcomeCustomers, this.options.drainTimeout(), this.options.settleTimeout());

		List<String> notes = new ArrayList<>(this.context.notes());
		if (otherDuringScenarios > 0.1 || this.otherWhileIdle > 0.1) {
			notes.add(String.format(Locale.ROOT,
					"the machine was shared: other processes used %.2f cores while the stack was idle and %.2f on "
							+ "average during the scenarios (of %d)",
					this.otherWhileIdle, otherDuringScenarios, Runtime.getRuntime().availableProcessors()));
		}
		Results.Meta meta = new Results.Meta(started.toString(), Instant.now().toString(), this.context.arguments(),
				machine(), load, this.otherWhileIdle, otherDuringScenarios, this.target.description(),
				this.context.startupCache(), this.context.rateLimits(), fixtures.customers().size(),
				fixtures.products().size(), processes.missing(), notes);
		return new Results(meta, idle, closed, paced, readResults, memoryBefore, memoryAfter, invariants);
	}

	// order-service learns of a product by event: orders for it are refused until then.
	private void awaitOrderable(GatewayOrders placer, Fixtures fixtures) {
		Account customer = fixtures.customers().getFirst();
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		for (Fixtures.Product product : fixtures.products()) {
			while (true) {
				Placement placement = placer.place(System.nanoTime(), customer, product.id(), 1);
				note(placement);
				if (placement.accepted()) {
					break;
				}
				if (System.nanoTime() > deadline) {
					throw new BenchException("order-service does not take orders for product " + product.id()
							+ " (last answer " + placement.code() + " " + placement.failure() + ")");
				}
				pause(Duration.ofMillis(250));
			}
		}
	}

	private void warmUp(GatewayOrders placer, OrderBook book, List<ReadKinds.Kind> reads) {
		if (this.options.warmup().isZero()) {
			return;
		}
		say("Warming up for " + seconds(this.options.warmup()) + " (orders at " + number(WARMUP_RATE)
				+ "/s, then each read)");
		LoadWindow window = OrderLoad.paced(placer, WARMUP_RATE, this.options.warmup());
		window.placements().forEach(this::note);
		Duration readWarmup = Duration.ofMillis(Math.min(2000, this.options.warmup().toMillis() / 4));
		if (this.options.scenarios().contains("reads")) {
			for (ReadKinds.Kind kind : reads) {
				int clients = this.options.readClients().getFirst();
				ReadLoad.run(this.http, kind.gateway(), clients, readWarmup);
				if (kind.direct() != null) {
					ReadLoad.run(this.http, kind.direct(), clients, readWarmup);
				}
			}
		}
		this.open = book.awaitFinal(window.acceptedIds(), this.options.drainTimeout()).open();
	}

	private Map<String, Double> idle(StackProcesses processes) {
		Map<String, Double> cores = new LinkedHashMap<>();
		if (this.options.idle().isZero()) {
			return cores;
		}
		say("Measuring idle CPU for " + seconds(this.options.idle()));
		CpuSnapshot before = processes.cpu();
		pause(this.options.idle());
		CpuSnapshot after = processes.cpu();
		double wall = after.wallSecondsSince(before);
		after.secondsSince(before).forEach((name, seconds) -> cores.put(name, seconds / wall));
		this.otherWhileIdle = after.otherCoresSince(before);
		return cores;
	}

	private Results.OrderScenario orders(String name, int clients, double rate, StackProcesses processes,
			OrderBook book, java.util.function.Supplier<LoadWindow> load) {
		int openBefore = (int) book.read(this.open).values().stream().filter((order) -> !order.settled()).count();
		double recovery = awaitGatewayAnswering();
		say(name + ": sending for "
				+ seconds((clients > 0) ? this.options.closedDuration() : this.options.pacedDuration()) + " ...");
		CpuSnapshot before = processes.cpu();
		LoadWindow window = load.get();
		window.placements().forEach(this::note);
		OrderBook.Settlement settlement = book.awaitFinal(window.acceptedIds(), this.options.drainTimeout());
		CpuSnapshot after = processes.cpu();
		List<OrderState> unseen = unseen(book, window);
		this.open = new ArrayList<>(settlement.open());
		unseen.stream().filter((order) -> !order.settled()).map(OrderState::id).forEach(this.open::add);
		Results.OrderScenario result = OrderFigures.of(name, clients, rate, window, settlement, unseen, openBefore,
				recovery, after.secondsSince(before), after.wallSecondsSince(before), after.otherCoresSince(before));
		say(String.format(Locale.ROOT,
				"  sent %d (%.1f/s), accepted %d (%.1f/s), confirmed %d (%.1f/s); POST p50 %s p99 %s; "
						+ "placed->CONFIRMED p50 %s p99 %s; %s; other processes %.2f cores",
				result.sent(), result.sentPerSecond(), result.accepted(), result.acceptedPerSecond(),
				result.confirmed(), result.confirmedPerSecond(), ms(result.post().p50()), ms(result.post().p99()),
				ms(result.placedToConfirmed().p50()), ms(result.placedToConfirmed().p99()),
				(result.drainedAfterSeconds() != null)
						? String.format(Locale.ROOT, "drained %.1f s after sending stopped",
								result.drainedAfterSeconds())
						: result.stillOpen() + " orders still open after " + seconds(this.options.drainTimeout()),
				result.otherCores()));
		return result;
	}

	/**
	 * The orders order-service made for this scenario's requests that got a server error
	 * or no answer: every order of those customers placed while the scenario sent (or
	 * while its last requests could still be on their way) that the run has no 202 for.
	 */
	private List<OrderState> unseen(OrderBook book, LoadWindow window) {
		Set<String> customers = new LinkedHashSet<>();
		window.placements()
			.stream()
			.filter((placement) -> !placement.accepted() && placement.outcomeUnknown()
					&& placement.customerId() != null)
			.forEach((placement) -> customers.add(placement.customerId()));
		if (customers.isEmpty()) {
			return List.of();
		}
		Set<String> known;
		synchronized (this.accepted) {
			known = new java.util.HashSet<>(this.accepted);
		}
		Instant from = window.startedAt().minusSeconds(1);
		Instant to = window.endedAt().plus(Http.REQUEST_TIMEOUT).plusSeconds(1);
		List<String> ids = new ArrayList<>();
		for (String customer : customers) {
			for (OrderState order : book.ordersOf(customer)) {
				if (!known.contains(order.id()) && order.placedAt() != null && !order.placedAt().isBefore(from)
						&& !order.placedAt().isAfter(to)) {
					ids.add(order.id());
				}
			}
		}
		if (!ids.isEmpty()) {
			say("  " + ids.size() + " order(s) were made for requests answered with a server error or not at all");
		}
		return List.copyOf(book.awaitFinal(ids, this.options.drainTimeout()).orders().values());
	}

	private Results.ReadScenario read(ReadKinds.Kind kind, int clients, StackProcesses processes) {
		say(kind.name() + ": " + clients + " clients, " + seconds(this.options.readDuration()) + " through the gateway"
				+ ((kind.direct() != null) ? " and as long direct" : "") + " ...");
		Results.ReadSide gateway = readSide(kind.gatewayRequest(), kind.gateway(), clients, processes, true);
		Results.ReadSide direct = (kind.direct() != null)
				? readSide(kind.directRequest(), kind.direct(), clients, processes, false) : null;
		Double ratio = (direct != null && direct.okPerSecond() > 0) ? gateway.okPerSecond() / direct.okPerSecond()
				: null;
		say(String.format(Locale.ROOT, "  gateway %.0f/s p99 %s; direct %s; ratio %s", gateway.okPerSecond(),
				ms(gateway.latency().p99()),
				(direct != null)
						? String.format(Locale.ROOT, "%.0f/s p99 %s", direct.okPerSecond(), ms(direct.latency().p99()))
						: "n/a",
				(ratio != null) ? String.format(Locale.ROOT, "%.2f", ratio) : "n/a"));
		return new Results.ReadScenario(kind.name(), clients, gateway, direct, ratio);
	}

	private Results.ReadSide readSide(String request, java.util.function.Supplier<java.net.http.HttpRequest> requests,
			int clients, StackProcesses processes, boolean throughGateway) {
		double recovery = throughGateway ? awaitGatewayAnswering() : 0;
		CpuSnapshot before = processes.cpu();
		ReadLoad.ReadWindow window = ReadLoad.run(this.http, requests, clients, this.options.readDuration());
		CpuSnapshot after = processes.cpu();
		long ok = window.successful();
		Map<String, Double> perRequest = new LinkedHashMap<>();
		Map<String, Double> cpu = after.secondsSince(before);
		if (ok > 0) {
			cpu.forEach((name, seconds) -> perRequest.put(name, seconds * 1000 / ok));
		}
		double generator = cpu.getOrDefault(StackProcesses.GENERATOR, 0.0) / after.wallSecondsSince(before);
		return new Results.ReadSide(request, window.seconds(), window.requests(), window.okRate(), window.latency(),
				window.codes(), perRequest, generator, after.otherCoresSince(before), recovery, window.perSecond());
	}

	/**
	 * Waits until the gateway answers an order read and a product read again, three times
	 * in a row each (a circuit breaker that opened under the last scenario's load lets a
	 * few calls through half-open before it closes), so that a scenario measures its own
	 * load, not the previous one's aftermath. The wait is reported with the scenario.
	 * @return how long it waited, in seconds
	 */
	private double awaitGatewayAnswering() {
		long started = System.nanoTime();
		long deadline = started + RECOVERY_TIMEOUT.toNanos();
		java.net.URI orders = this.target.gateway().resolve("/api/orders?size=1");
		java.net.URI product = this.target.gateway().resolve("/api/catalog/products/" + this.probeProduct);
		int streak = 0;
		while (streak < 3 && System.nanoTime() < deadline) {
			boolean ok = answers(orders, this.probeAdmin.token()) && answers(product, null);
			streak = ok ? streak + 1 : 0;
			if (!ok) {
				pause(Duration.ofMillis(500));
			}
		}
		double waited = (System.nanoTime() - started) / 1e9;
		if (streak < 3) {
			say(String.format(Locale.ROOT, "  the gateway still does not answer after %.0f s; going on",
					RECOVERY_TIMEOUT.toSeconds() * 1.0));
		}
		else if (waited > 1) {
			say(String.format(Locale.ROOT, "  waited %.1f s for the gateway to answer again", waited));
		}
		return waited;
	}

	private boolean answers(java.net.URI uri, String token) {
		try {
			return this.http.send(Http.request(uri, token).GET().build()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void note(Placement placement) {
		if (placement.accepted()) {
			synchronized (this.accepted) {
				this.accepted.add(placement.orderId());
			}
		}
		else if (placement.outcomeUnknown() && placement.customerId() != null) {
			this.unknownOutcomeCustomers.add(placement.customerId());
		}
	}

	private void say(String line) {
		this.out.println(line);
		this.out.flush();
	}

	private static String machine() {
		return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
				+ System.getProperty("os.arch") + ", " + memoryTotal() + ", load generator on Java "
				+ Runtime.version();
	}

	private static String memoryTotal() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
					return String.format(Locale.ROOT, "%.0f GiB memory", kb / 1024.0 / 1024.0);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Unknown.
		}
		return "memory unknown";
	}

	static double loadAverage() {
		try {
			return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	static String ms(double millis) {
		return (millis >= 100) ? String.format(Locale.ROOT, "%,.0f ms", millis)
				: String.format(Locale.ROOT, "%.1f ms", millis);
	}

	static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	private static String seconds(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BenchException("interrupted", ex);
		}
	}

	/**
	 * How a run was started, for its results.
	 *
	 * @param arguments its command-line arguments
	 * @param startupCache whether the stack's JVMs use a start-up cache, as far as known
	 * @param rateLimits the gateway's rate limits the stack was started with, if known
	 * @param notes anything else that bears on the figures
	 */
	public record Context(List<String> arguments, String startupCache, Map<String, String> rateLimits,
			List<String> notes) {
	}

}
