package nexus.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Embedded PostgreSQL killed as a crash would kill it (SIGKILL to the postmaster) comes
 * back on the same data and port when it is started again: what the chaos suite does.
 */
class LocalPostgresRestartTest {

	@TempDir
	Path directory;

	@Test
	void aKilledServerStartsAgainOnItsDataAndKeepsWhatWasCommitted() throws Exception {
		LauncherSettings settings = LauncherSettings.isolated(this.directory, this.directory.resolve("data"));
		Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		LocalPostgres postgres = LocalPostgres.start(settings, console);
		try {
			String url = postgres.urlOf("nexus_orders");
			execute(url, "CREATE TABLE survivor (id int PRIMARY KEY); INSERT INTO survivor VALUES (42)");
			ProcessHandle postmaster = ProcessHandle.of(postgres.pid().orElseThrow()).orElseThrow();
			List<ProcessHandle> backends = postmaster.descendants().toList();

			postmaster.destroyForcibly();
			postmaster.onExit().get(30, TimeUnit.SECONDS);
			for (ProcessHandle backend : backends) {
				backend.onExit().get(30, TimeUnit.SECONDS);
			}
			assertThat(postgres.pid()).isEmpty();

			postgres.close();
			postgres = LocalPostgres.start(settings, console);

			assertThat(postgres.pid()).isPresent().isNotEqualTo(java.util.OptionalLong.of(postmaster.pid()));
			try (Connection connection = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD);
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT id FROM survivor")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getInt(1)).isEqualTo(42);
			}
		}
		finally {
			postgres.close();
		}
	}

	private static void execute(String url, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
