package nexus.chaos;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import nexus.bench.Target;
import nexus.bench.check.CatalogDatabaseStock;
import nexus.bench.check.InvariantCheck;
import nexus.bench.check.SimulatorPayments;
import nexus.bench.check.Violation;
import nexus.bench.load.GatewayOrders;
import nexus.bench.load.OrderBook;
import nexus.bench.load.OrderLoad;
import nexus.bench.load.OrderState;
import nexus.bench.load.Placement;
import nexus.bench.shop.Account;
import nexus.bench.shop.Fixtures;
import nexus.bench.shop.Http;
import nexus.bench.shop.Shop;
import nexus.launcher.LauncherSettings;
import nexus.launcher.LocalStack;

/**
 * One chaos run against a stack the launcher runs: sets up its own customers and
 * products, then for each fault: orders at a steady rate for a while, the fault, the wait
 * until the stack is whole again, more orders, then every check over every order of the
 * run so far (the benchmark's invariants, the deadline, the dead letters). It prints a
 * row per fault as it goes and the whole table at the end.
 */
public final class ChaosRun {

	// How long a rule that may be catching up (a sale, a refund) is given.
	private static final Duration SETTLE = Duration.ofSeconds(90);

	/** The stack came back after the fault and orders were accepted again. */
	public static final String RECOVERED = "stack-recovered";

	private final LocalStack stack;

	private final LauncherSettings settings;

	private final ChaosOptions options;

	private final PrintStream out;

	private final Http http = new Http();

	/**
	 * A run.
	 * @param stack the stack, started through the launcher
	 * @param settings what it was started with
	 * @param options how
	 * @param out where progress and the tables go
	 */
	public ChaosRun(LocalStack stack, LauncherSettings settings, ChaosOptions options, PrintStream out) {
		this.stack = stack;
		this.settings = settings;
		this.options = options;
		this.out = out;
	}

	/**
	 * Runs every fault of the schedule.
	 * @return what each fault gave and what the final check found
	 */
	public ChaosResult run() {
		long started = System.nanoTime();
		Target target = Target.of(this.stack, this.settings);
		StackControl control = new StackControl(this.stack, this.http);
		FaultInjector injector = new FaultInjector(control, this.http, this.settings.kafkaBootstrapServers(),
				this.options.recoverTimeout(), this.out);
		Shop shop = new Shop(this.http, target.gateway());
		control.awaitWhole(this.options.recoverTimeout());
		Account admin = shop.login(target.adminEmail(), target.adminPassword());
		String runId = "chaos" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36);
		say("Setting up: " + this.options.customers() + " customers and " + this.options.products() + " products (run "
				+ runId + ")");
		Fixtures fixtures = Fixtures.create(shop, admin, runId, this.options.customers(), this.options.products(),
				this.options.stock());
		AcceptanceWatch placer = new AcceptanceWatch(new GatewayOrders(shop, fixtures));
		// Orders flow when this many in a row were accepted: about a second's worth.
		int flowing = (int) Math.max(5, Math.round(this.options.rate()));
		OrderBook book = new OrderBook(this.http, target.orderService(), admin);
		InvariantCheck check = new InvariantCheck(book,
				new CatalogDatabaseStock(target.catalogJdbc(), target.jdbcUser(), target.jdbcPassword()),
				new SimulatorPayments(this.http, target.simulator()));
		Map<String, URI> services = new LinkedHashMap<>();
		for (String service : List.of("user-service", "catalog-service", "order-service")) {
			services.put(service, URI.create(this.stack.url(service)));
		}
		DeadLetters deadLetters = new DeadLetters(this.http, services, admin);
		Set<String> lettersBefore = deadLetters.all()
			.stream()
			.map(DeadLetters.Letter::id)
			.collect(Collectors.toCollection(LinkedHashSet::new));

		Set<String> runIds = new LinkedHashSet<>(fixtures.initialStock().keySet());
		fixtures.customers().forEach((customer) -> runIds.add(customer.id()));
		List<String> accepted = new ArrayList<>();
		Set<String> unknownOutcome = new LinkedHashSet<>();
		Set<String> reported = new LinkedHashSet<>();
		List<FaultFigures> figures = new ArrayList<>();
		Checked last = null;
		int number = 0;
		for (FaultSpec fault : this.options.faults()) {
			number++;
			say("");
			say(String.format(Locale.ROOT, "Fault %d of %d: %s (orders at %.0f/s)", number,
					this.options.faults().size(), fault.title(), this.options.rate()));
			String notWhole = control.notWhole();
			if (notWhole != null) {
				say("  waiting for the stack to be whole first: " + notWhole);
				control.awaitWhole(this.options.recoverTimeout());
			}
			AtomicBoolean stop = new AtomicBoolean();
			CompletableFuture<OrderLoad.LoadWindow> load = CompletableFuture.supplyAsync(
					() -> OrderLoad.paced(placer, this.options.rate(), Duration.ofHours(4), stop::get),
					(task) -> Thread.ofPlatform().name("chaos-load").daemon().start(task));
			Pause.of(this.options.lead());
			Violation unrecovered = null;
			if (!placer.awaitStreak(flowing, this.options.recoverTimeout())) {
				unrecovered = new Violation(RECOVERED, "orders were not being accepted before the fault (" + flowing
						+ " in a row) within " + this.options.recoverTimeout().toSeconds() + " s",
						List.of(fault.target()));
			}
			long from = System.nanoTime();
			Instant fromAt = Instant.now();
			String skipped = null;
			long to = from;
			if (unrecovered == null) {
				try {
					to = injector.inject(fault);
					if (!placer.awaitStreak(flowing, this.options.recoverTimeout())) {
						unrecovered = new Violation(RECOVERED,
								"the stack was whole again, but orders were not accepted again (" + flowing
										+ " in a row) within " + this.options.recoverTimeout().toSeconds() + " s",
								List.of(fault.target()));
					}
				}
				catch (FaultSkipped ex) {
					skipped = ex.getMessage();
					to = System.nanoTime();
					say("  SKIPPED: " + skipped);
				}
				catch (ChaosException ex) {
					to = System.nanoTime();
					unrecovered = new Violation(RECOVERED, ex.getMessage(), List.of(fault.target()));
				}
			}
			if (unrecovered != null) {
				say("  " + unrecovered);
			}
			else if (skipped == null) {
				Pause.of(this.options.tail());
			}
			stop.set(true);
			OrderLoad.LoadWindow window = load.join();
			List<String> phaseAccepted = window.acceptedIds();
			accepted.addAll(phaseAccepted);
			runIds.addAll(phaseAccepted);
			window.placements()
				.stream()
				.filter(Placement::outcomeUnknown)
				.forEach((placement) -> unknownOutcome.add(placement.customerId()));
			say(String.format(Locale.ROOT, "  %d orders sent, %d accepted; checking every order of the run so far",
					window.placements().size(), phaseAccepted.size()));
			last = check(check, book, deadLetters, fixtures, accepted, unknownOutcome, lettersBefore, runIds);
			runIds.addAll(last.orders().keySet());
			List<Violation> found = new ArrayList<>();
			if (unrecovered != null) {
				found.add(unrecovered);
			}
			for (Violation violation : last.violations()) {
				if (reported.add(violation.toString())) {
					found.add(violation);
				}
			}
			Recovery recovery = Recovery.of(window.placements(), from, fromAt, last.orders());
			FaultFigures row = (skipped != null) ? FaultFigures.skipped(fault, skipped)
					: FaultFigures.of(fault, window.placements(), last.orders(), from, to, recovery, found);
			figures.add(row);
			say("  " + ChaosTable.row(number, row).replace("\n", "\n  "));
			found.forEach((violation) -> say("  BROKEN " + violation));
			if (unrecovered != null) {
				say("  the stack did not recover: the remaining faults are not injected");
				break;
			}
		}
		for (int i = figures.size(); i < this.options.faults().size(); i++) {
			figures.add(FaultFigures.skipped(this.options.faults().get(i),
					"not injected: the stack did not recover from an earlier fault"));
		}
		List<Violation> all = new ArrayList<>();
		figures.forEach((row) -> all.addAll(row.violations()));
		return new ChaosResult(figures, all, (last != null) ? last.report() : null,
				(last != null) ? last.explained() : List.of(), (System.nanoTime() - started) / 1e9);
	}

	/**
	 * Waits until every process of a stack is up and every service answers ready, as the
	 * suite does after each fault.
	 * @param stack the stack
	 * @param timeout how long at most
	 * @throws ChaosException when it is not whole in time, saying what is missing
	 */
	public static void awaitWhole(LocalStack stack, Duration timeout) {
		new StackControl(stack, new Http()).awaitWhole(timeout);
	}

	private Checked check(InvariantCheck check, OrderBook book, DeadLetters deadLetters, Fixtures fixtures,
			List<String> accepted, Set<String> unknownOutcome, Set<String> lettersBefore, Set<String> runIds) {
		InvariantCheck.Report report = check.run(fixtures.initialStock(), accepted, unknownOutcome,
				this.options.deadline(), SETTLE);
		Map<String, OrderState> orders = new LinkedHashMap<>(book.read(accepted));
		for (String customer : unknownOutcome) {
			book.ordersOf(customer).forEach((order) -> orders.putIfAbsent(order.id(), order));
		}
		List<Violation> violations = new ArrayList<>(report.violations());
		violations.addAll(DeadlineRule.check(orders.values(), this.options.deadline()));
		Set<String> ids = new LinkedHashSet<>(runIds);
		ids.addAll(orders.keySet());
		DeadLetterRule.Result letters = DeadLetterRule.check(lettersBefore, deadLetters.all(), ids);
		violations.addAll(letters.violations());
		if (!report.skipped().isEmpty()) {
			report.skipped().forEach((rule, why) -> say("  not checked: " + rule + ": " + why));
		}
		say(String.format(Locale.ROOT,
				"  checked %d orders (%d made for a request whose answer was lost), %d products,"
						+ " %d provider payments, %d dead letter(s) explained in %.1f s",
				report.orders(), report.unseen(), report.products(), report.providerPayments(),
				letters.explained().size(), report.seconds()));
		return new Checked(report, orders, violations, letters.explained());
	}

	private void say(String line) {
		this.out.println(line);
	}

	private record Checked(InvariantCheck.Report report, Map<String, OrderState> orders, List<Violation> violations,
			List<String> explained) {
	}

}
