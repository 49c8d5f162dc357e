package nexus.bench;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nexus.launcher.LauncherSettings;
import nexus.launcher.LocalStack;

/**
 * The stack a run acts on: where its parts answer, where catalog-service's database is,
 * and which local port each process listens on (to find its CPU and memory).
 *
 * @param description what it is, for the results
 * @param gateway the gateway, through which all load goes
 * @param catalogService catalog-service, for the direct reads, or {@code null}
 * @param orderService order-service, to follow orders without loading the gateway, or
 * {@code null} (then through the gateway)
 * @param simulator the payment simulator, or {@code null} (no payment checks)
 * @param catalogJdbc catalog-service's database, or {@code null} (no stock checks)
 * @param jdbcUser its user
 * @param jdbcPassword its password
 * @param ports process name to the local port it listens on
 * @param adminEmail an administrator
 * @param adminPassword their password
 */
public record Target(String description, URI gateway, URI catalogService, URI orderService, URI simulator,
		String catalogJdbc, String jdbcUser, String jdbcPassword, Map<String, Integer> ports, String adminEmail,
		String adminPassword) {

	/** The processes, in the order they are reported. */
	public static final List<String> PROCESSES = List.of("PostgreSQL", "Kafka", "user-service", "catalog-service",
			"order-service", "gateway", "payment-simulator");

	/** Processes whose children are part of them: PostgreSQL's backends. */
	public static final List<String> TREES = List.of("PostgreSQL");

	// The launcher creates this role for the services' databases.
	private static final String DATABASE_USER = "nexus";

	/**
	 * A stack the launcher started.
	 * @param stack the stack
	 * @param settings the settings it was started with
	 * @return the target
	 */
	public static Target of(LocalStack stack, LauncherSettings settings) {
		LauncherSettings.Ports ports = settings.ports();
		String database;
		Integer postgresPort;
		if (settings.externalPostgres() != null) {
			String admin = settings.externalPostgres().adminUrl();
			String hostAndPort = admin.substring("jdbc:postgresql://".length(),
					admin.indexOf('/', "jdbc:postgresql://".length()));
			database = "jdbc:postgresql://" + hostAndPort + "/nexus_catalog";
			postgresPort = localPort(URI.create("http://" + hostAndPort), 5432);
		}
		else {
			database = "jdbc:postgresql://localhost:" + ports.postgres() + "/nexus_catalog";
			postgresPort = ports.postgres();
		}
		Map<String, Integer> processes = new LinkedHashMap<>();
		processes.put("PostgreSQL", postgresPort);
		processes.put("Kafka", (settings.externalKafka() == null) ? ports.kafka() : null);
		processes.put("user-service", ports.userService());
		processes.put("catalog-service", ports.catalogService());
		processes.put("order-service", ports.orderService());
		processes.put("gateway", ports.gateway());
		processes.put("payment-simulator", ports.paymentSimulator());
		return new Target("the local stack started through the launcher (data in " + settings.dataDirectory() + ")",
				URI.create(stack.gatewayUrl()), URI.create(stack.url("catalog-service")),
				URI.create(stack.url("order-service")), URI.create(stack.url("payment-simulator")), database,
				DATABASE_USER, DATABASE_USER, processes, LauncherSettings.ADMIN_EMAIL, LauncherSettings.ADMIN_PASSWORD);
	}

	/**
	 * A stack that was already running.
	 * @param running where its parts are
	 * @return the target
	 */
	public static Target of(BenchOptions.RunningStack running) {
		URI gateway = URI.create(running.gateway());
		URI catalog = URI.create(running.catalogService());
		URI orders = URI.create(running.orderService());
		URI simulator = (running.simulator() != null) ? URI.create(running.simulator()) : null;
		Map<String, Integer> processes = new LinkedHashMap<>();
		processes.put("PostgreSQL", (running.catalogJdbc() != null)
				? localPort(URI.create(running.catalogJdbc().substring("jdbc:".length())), 5432) : null);
		processes.put("Kafka", running.kafkaPort());
		processes.put("user-service", localPort(URI.create(running.userService()), 80));
		processes.put("catalog-service", localPort(catalog, 80));
		processes.put("order-service", localPort(orders, 80));
		processes.put("gateway", localPort(gateway, 80));
		processes.put("payment-simulator", (simulator != null) ? localPort(simulator, 80) : null);
		return new Target("a running stack at " + gateway, gateway, catalog, orders, simulator, running.catalogJdbc(),
				running.jdbcUser(), running.jdbcPassword(), processes, running.adminEmail(), running.adminPassword());
	}

	// Only a process on this machine can be measured.
	private static Integer localPort(URI uri, int fallback) {
		String host = uri.getHost();
		if (host == null || !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
			return null;
		}
		return (uri.getPort() > 0) ? uri.getPort() : fallback;
	}

}
