package nexus.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The services' PostgreSQL: embedded binaries from Maven Central (zonky) with their data
 * kept in the data directory, or an existing server. Either way it creates the
 * {@code nexus} role and one database per service if they are missing.
 */
final class LocalPostgres implements AutoCloseable {

	static final List<String> DATABASES = List.of("nexus_users", "nexus_catalog", "nexus_orders");

	static final String USER = "nexus";

	static final String PASSWORD = "nexus";

	private final EmbeddedPostgres embedded;

	private final String adminUrl;

	private final String adminUser;

	private final String adminPassword;

	private final String host;

	private final Path data;

	private LocalPostgres(EmbeddedPostgres embedded, String adminUrl, String adminUser, String adminPassword,
			String host, Path data) {
		this.embedded = embedded;
		this.data = data;
		this.adminUrl = adminUrl;
		this.adminUser = adminUser;
		this.adminPassword = adminPassword;
		this.host = host;
	}

	static LocalPostgres start(LauncherSettings settings, Console console) {
		LauncherSettings.ExternalPostgres external = settings.externalPostgres();
		LocalPostgres postgres;
		if (external != null) {
			String url = external.adminUrl();
			postgres = new LocalPostgres(null, url, external.user(), external.password(),
					url.substring("jdbc:postgresql://".length(), url.indexOf('/', "jdbc:postgresql://".length())),
					null);
		}
		else {
			int port = settings.ports().postgres();
			Path data = settings.dataDirectory().resolve("postgres");
			stopLeftover(data);
			PortChecks.requireFree(port, "embedded PostgreSQL", InetAddress.getLoopbackAddress(), PortChecks.TIME_WAIT,
					console::waiting);
			try {
				Files.createDirectories(data);
				Files.createDirectories(settings.logs());
				// Its output goes straight to a log file, not through the launcher (which
				// would copy every line it writes).
				ProcessBuilder.Redirect log = ProcessBuilder.Redirect
					.appendTo(settings.logs().resolve("postgres.log").toFile());
				EmbeddedPostgres embedded = EmbeddedPostgres.builder()
					.setOutputRedirector(log)
					.setErrorRedirector(log)
					.setDataDirectory(data)
					.setCleanDataDirectory(false)
					.setPort(port)
					.setPGStartupWait(Duration.ofSeconds(60))
					.setServerConfig("max_connections", "200")
					.setServerConfig("shared_buffers", "64MB")
					.setServerConfig("listen_addresses", "localhost")
					// The embedded binaries default to synchronous_commit=off, which
					// acknowledges a commit before its WAL is written: a crash of the
					// server (kill -9) then loses the last commits, accepted orders among
					// them. On, a commit's WAL reaches the operating system before it is
					// acknowledged (fsync stays off: a crash of the machine is not
					// covered).
					.setServerConfig("synchronous_commit", "on")
					.setRegisterShutdownHook(false)
					.start();
				postgres = new LocalPostgres(embedded, embedded.getJdbcUrl("postgres", "postgres"), "postgres", "",
						"localhost:" + port, data);
			}
			catch (IOException | IllegalStateException ex) {
				throw new LauncherException(
						"embedded PostgreSQL did not start: " + ex.getMessage() + " (data in " + data + ")", ex);
			}
		}
		postgres.createDatabases();
		return postgres;
	}

	/**
	 * The JDBC URL of a service's database.
	 * @param database the database
	 * @return its URL
	 */
	String urlOf(String database) {
		return "jdbc:postgresql://" + this.host + "/" + database;
	}

	String description() {
		return (this.embedded != null) ? "PostgreSQL (embedded) on " + this.host : "PostgreSQL at " + this.host;
	}

	long residentBytes() {
		if (this.embedded == null) {
			return 0;
		}
		return postmasterPid(this.data).flatMap(ProcessHandle::of).map((postmaster) -> {
			long total = Memory.residentBytes(postmaster.pid());
			for (ProcessHandle child : postmaster.descendants().toList()) {
				total += Memory.residentBytes(child.pid());
			}
			return total;
		}).orElse(0L);
	}

	/**
	 * The running postmaster's pid.
	 * @return its pid, or empty for an external server or when none runs
	 */
	OptionalLong pid() {
		if (this.embedded == null) {
			return OptionalLong.empty();
		}
		return postmasterPid(this.data).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.map((handle) -> OptionalLong.of(handle.pid()))
			.orElse(OptionalLong.empty());
	}

	boolean embedded() {
		return this.embedded != null;
	}

	private static Optional<Long> postmasterPid(Path data) {
		try {
			return Optional.of(Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim()));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private void createDatabases() {
		try (Connection connection = DriverManager.getConnection(this.adminUrl, this.adminUser, this.adminPassword);
				Statement statement = connection.createStatement()) {
			if (!exists(statement, "SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
				statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
			}
			for (String database : DATABASES) {
				if (!exists(statement, "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
					statement.execute("CREATE DATABASE " + database + " OWNER " + USER);
				}
			}
		}
		catch (SQLException ex) {
			throw new LauncherException("cannot create the databases on " + this.host + ": " + ex.getMessage(), ex);
		}
	}

	private static boolean exists(Statement statement, String query) throws SQLException {
		try (ResultSet result = statement.executeQuery(query)) {
			return result.next();
		}
	}

	// A previous run killed without a chance to stop PostgreSQL leaves it running on our
	// data: stop it, as nothing else can use that data directory.
	private static void stopLeftover(Path data) {
		postmasterPid(data).flatMap(ProcessHandle::of).ifPresent((leftover) -> {
			leftover.destroy();
			leftover.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally((timeout) -> null).join();
		});
	}

	@Override
	public void close() {
		if (this.embedded != null) {
			try {
				this.embedded.close();
			}
			catch (IOException ex) {
				// Stopping anyway.
			}
		}
	}

}
