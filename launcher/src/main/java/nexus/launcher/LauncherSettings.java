package nexus.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Where everything runs and keeps its data. Defaults suit a developer machine; each can
 * be changed by an environment variable (see the README), and tests choose free ports.
 *
 * @param repository the repository root (where the built jars are)
 * @param dataDirectory where databases, the broker's log, keys and logs are kept
 * @param fresh whether to delete the data directory first
 * @param seed whether to load the demo data
 * @param ports the ports to listen on
 * @param externalPostgres an existing PostgreSQL server to use instead of the embedded
 * one
 * @param externalKafka an existing Kafka broker to use instead of the local one
 * @param startTimeout how long a component may take to become ready
 * @param startupCache whether the JVMs keep and use a start-up cache (AOT or CDS)
 * @param bindAddress the address the services and the simulator listen on: loopback by
 * default, as the gateway is the only door
 * @param gatewayBindAddress the address the gateway listens on, {@code null} for every
 * interface (the default)
 * @param restart whether a process that exits after start-up is started again
 * @param cleanCaches whether to delete the start-up caches and unpacked jars first
 */
public record LauncherSettings(Path repository, Path dataDirectory, boolean fresh, boolean seed, Ports ports,
		ExternalPostgres externalPostgres, String externalKafka, Duration startTimeout, boolean startupCache,
		String bindAddress, String gatewayBindAddress, boolean restart, boolean cleanCaches) {

	/** Where the services listen unless told otherwise. */
	public static final String LOOPBACK = "127.0.0.1";

	/**
	 * The development administrator the launcher opens (never used outside the local
	 * default).
	 */
	public static final String ADMIN_EMAIL = "admin@nexus.local";

	/** Its password. */
	public static final String ADMIN_PASSWORD = "nexus-admin-dev";

	/** The demo customer. */
	public static final String CUSTOMER_EMAIL = "customer@nexus.local";

	/** Its password. */
	public static final String CUSTOMER_PASSWORD = "nexus-customer-dev";

	/**
	 * Settings from the environment.
	 * @param repository the repository root
	 * @param env the environment
	 * @param fresh whether to start from empty data
	 * @return the settings
	 */
	public static LauncherSettings fromEnvironment(Path repository, Map<String, String> env, boolean fresh) {
		Path data = Path.of(env.getOrDefault("NEXUS_DATA_DIR", repository.resolve(".nexus").toString()));
		Ports ports = new Ports(port(env, "NEXUS_GATEWAY_PORT", 8080), port(env, "NEXUS_USER_SERVICE_PORT", 8081),
				port(env, "NEXUS_CATALOG_SERVICE_PORT", 8082), port(env, "NEXUS_ORDER_SERVICE_PORT", 8083),
				port(env, "NEXUS_PAYMENT_SIMULATOR_PORT", 8090), port(env, "NEXUS_KAFKA_PORT", 9092),
				port(env, "NEXUS_KAFKA_CONTROLLER_PORT", 9093), port(env, "NEXUS_POSTGRES_PORT", 55432));
		String postgresUrl = env.get("NEXUS_POSTGRES_URL");
		ExternalPostgres postgres = (postgresUrl != null && !postgresUrl.isBlank()) ? new ExternalPostgres(postgresUrl,
				env.getOrDefault("NEXUS_POSTGRES_USER", "postgres"), env.getOrDefault("NEXUS_POSTGRES_PASSWORD", ""))
				: null;
		String kafka = env.get("NEXUS_KAFKA_BOOTSTRAP_SERVERS");
		return new LauncherSettings(repository, data, fresh, !"false".equalsIgnoreCase(env.get("NEXUS_SEED")), ports,
				postgres, (kafka != null && !kafka.isBlank()) ? kafka : null, Duration.ofMinutes(3),
				!"false".equalsIgnoreCase(env.get("NEXUS_STARTUP_CACHE")), text(env, "NEXUS_BIND_ADDRESS", LOOPBACK),
				text(env, "NEXUS_GATEWAY_BIND_ADDRESS", null), !"false".equalsIgnoreCase(env.get("NEXUS_RESTART")),
				false);
	}

	/**
	 * Settings for a stack of its own on free ports, fresh data and no demo data, as the
	 * system tests run it.
	 * @param repository the repository root
	 * @param dataDirectory where its data goes
	 * @return the settings
	 */
	public static LauncherSettings isolated(Path repository, Path dataDirectory) {
		return new LauncherSettings(repository, dataDirectory, true, false,
				new Ports(PortChecks.free(), PortChecks.free(), PortChecks.free(), PortChecks.free(), PortChecks.free(),
						PortChecks.free(), PortChecks.free(), PortChecks.free()),
				null, null, Duration.ofMinutes(4), false, LOOPBACK, null, true, false);
	}

	/**
	 * The same settings, with or without the demo data.
	 * @param seed whether to load the demo data
	 * @return the settings
	 */
	public LauncherSettings withDemoData(boolean seed) {
		return new LauncherSettings(this.repository, this.dataDirectory, this.fresh, seed, this.ports,
				this.externalPostgres, this.externalKafka, this.startTimeout, this.startupCache, this.bindAddress,
				this.gatewayBindAddress, this.restart, this.cleanCaches);
	}

	/**
	 * The same settings, starting from empty data or from what the last run left.
	 * @param fresh whether to delete the data first
	 * @return the settings
	 */
	public LauncherSettings withFreshData(boolean fresh) {
		return new LauncherSettings(this.repository, this.dataDirectory, fresh, this.seed, this.ports,
				this.externalPostgres, this.externalKafka, this.startTimeout, this.startupCache, this.bindAddress,
				this.gatewayBindAddress, this.restart, this.cleanCaches);
	}

	/**
	 * The same settings, with or without restarting a process that exits after start-up.
	 * @param restart whether to restart
	 * @return the settings
	 */
	public LauncherSettings withRestarts(boolean restart) {
		return new LauncherSettings(this.repository, this.dataDirectory, this.fresh, this.seed, this.ports,
				this.externalPostgres, this.externalKafka, this.startTimeout, this.startupCache, this.bindAddress,
				this.gatewayBindAddress, restart, this.cleanCaches);
	}

	/**
	 * The same settings, with another limit on how long a process may take to become
	 * ready (at start-up and after a restart).
	 * @param startTimeout the limit
	 * @return the settings
	 */
	public LauncherSettings withStartTimeout(Duration startTimeout) {
		return new LauncherSettings(this.repository, this.dataDirectory, this.fresh, this.seed, this.ports,
				this.externalPostgres, this.externalKafka, startTimeout, this.startupCache, this.bindAddress,
				this.gatewayBindAddress, this.restart, this.cleanCaches);
	}

	/**
	 * The same settings, deleting the start-up caches and unpacked jars first or not.
	 * @param cleanCaches whether to delete them
	 * @return the settings
	 */
	public LauncherSettings withCleanCaches(boolean cleanCaches) {
		return new LauncherSettings(this.repository, this.dataDirectory, this.fresh, this.seed, this.ports,
				this.externalPostgres, this.externalKafka, this.startTimeout, this.startupCache, this.bindAddress,
				this.gatewayBindAddress, this.restart, cleanCaches);
	}

	/**
	 * The host other processes reach the services at: the bind address, or loopback when
	 * they listen on every interface.
	 * @return a host name or address literal
	 */
	public String serviceHost() {
		return (this.bindAddress == null || this.bindAddress.equals("0.0.0.0") || this.bindAddress.equals("::"))
				? LOOPBACK : this.bindAddress;
	}

	public Path logs() {
		return this.dataDirectory.resolve("logs");
	}

	public String kafkaBootstrapServers() {
		return (this.externalKafka != null) ? this.externalKafka : "localhost:" + this.ports.kafka();
	}

	private static String text(Map<String, String> env, String name, String fallback) {
		String value = env.get(name);
		return (value != null && !value.isBlank()) ? value.trim() : fallback;
	}

	private static int port(Map<String, String> env, String name, int fallback) {
		String value = env.get(name);
		return (value != null && !value.isBlank()) ? Integer.parseInt(value.trim()) : fallback;
	}

	/**
	 * The ports.
	 *
	 * @param gateway the gateway, the only door for clients
	 * @param userService user-service
	 * @param catalogService catalog-service
	 * @param orderService order-service
	 * @param paymentSimulator the payment simulator
	 * @param kafka the broker
	 * @param kafkaController the broker's controller (KRaft)
	 * @param postgres embedded PostgreSQL
	 */
	public record Ports(int gateway, int userService, int catalogService, int orderService, int paymentSimulator,
			int kafka, int kafkaController, int postgres) {
	}

	/**
	 * An existing PostgreSQL server.
	 *
	 * @param adminUrl JDBC URL of a database on it (used to create the services'
	 * databases)
	 * @param user a user that may create roles and databases
	 * @param password its password
	 */
	public record ExternalPostgres(String adminUrl, String user, String password) {
	}

}
