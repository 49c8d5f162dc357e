package nexus.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL server per JVM, started on first use:
 * <ol>
 * <li>an existing server, when {@code NEXUS_TEST_POSTGRES_URL} (a JDBC URL of a database
 * on it), {@code NEXUS_TEST_POSTGRES_USER} and {@code NEXUS_TEST_POSTGRES_PASSWORD} are
 * set;</li>
 * <li>else a Testcontainers {@code postgres} container, when a Docker engine runs;</li>
 * <li>else embedded PostgreSQL binaries (zonky), which need nothing but a JDK.</li>
 * </ol>
 * Each caller gets its own fresh database on that server.
 */
public final class TestPostgres {

	private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);

	private static final String IMAGE = "postgres:18-alpine";

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static @Nullable Server server;

	private TestPostgres() {
	}

	/**
	 * The shared server, started if needed.
	 * @return the server
	 */
	public static synchronized Server server() {
		if (server == null) {
			server = start();
		}
		return server;
	}

	/**
	 * Creates a new, empty database.
	 * @param prefix a readable prefix for its name
	 * @return its JDBC URL
	 */
	public static String createDatabase(String prefix) {
		Server server = server();
		String name = (prefix + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet()).toLowerCase()
			.replaceAll("[^a-z0-9_]", "_");
		try (Connection connection = DriverManager.getConnection(server.adminUrl(), server.username(),
				server.password()); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + name, ex);
		}
		return server.urlOf(name);
	}

	private static Server start() {
		String url = System.getenv("NEXUS_TEST_POSTGRES_URL");
		if (url != null && !url.isBlank()) {
			log.info("Tests use the PostgreSQL server at {}", url);
			return new Server(url, env("NEXUS_TEST_POSTGRES_USER", "postgres"),
					env("NEXUS_TEST_POSTGRES_PASSWORD", ""));
		}
		if (DockerDetection.dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
			container.start();
			log.info("Tests use a PostgreSQL container at {}", container.getJdbcUrl());
			return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
			String embeddedUrl = postgres.getJdbcUrl("postgres", "postgres");
			log.info("Tests use embedded PostgreSQL at {}", embeddedUrl);
			return new Server(embeddedUrl.replaceFirst("\\?.*$", ""), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start embedded PostgreSQL", ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

	/**
	 * A running server.
	 *
	 * @param adminUrl JDBC URL of a database on it that may be used to create others
	 * @param username a user that may create databases
	 * @param password its password
	 */
	public record Server(String adminUrl, String username, String password) {

		/**
		 * The JDBC URL of another database on the same server.
		 * @param database the database name
		 * @return its URL
		 */
		public String urlOf(String database) {
			int slash = this.adminUrl.indexOf('/', "jdbc:postgresql://".length());
			int query = this.adminUrl.indexOf('?', slash);
			String suffix = (query >= 0) ? this.adminUrl.substring(query) : "";
			return this.adminUrl.substring(0, slash + 1) + database + suffix;
		}

	}

}
