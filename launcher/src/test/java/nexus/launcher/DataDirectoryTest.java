package nexus.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTest {

	@TempDir
	Path directory;

	@Test
	void cleanCachesRemovesTheStartupCachesAndUnpackedJarsAndKeepsTheData() throws Exception {
		Path data = this.directory.resolve("data");
		Path cache = write(data.resolve("startup-cache/gateway.aot"), 3000);
		Path unpacked = write(data.resolve("apps/gateway/lib/spring.jar"), 2000);
		Path database = write(data.resolve("postgres/PG_VERSION"), 10);
		Path keys = write(data.resolve("keys/signing.jwk"), 10);
		LauncherSettings settings = LauncherSettings.isolated(this.directory, data)
			.withFreshData(false)
			.withCleanCaches(true);
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		LocalStack.prepareDataDirectory(settings, new Console(new PrintStream(printed, true, StandardCharsets.UTF_8)));

		assertThat(cache).doesNotExist();
		assertThat(unpacked).doesNotExist();
		assertThat(database).exists();
		assertThat(keys).exists();
		assertThat(settings.logs()).isDirectory();
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("removed the start-up caches and unpacked jars");
	}

	@Test
	void freshRemovesTheDataAndKeepsTheCaches() throws Exception {
		Path data = this.directory.resolve("data");
		Path cache = write(data.resolve("startup-cache/gateway.aot"), 3000);
		Path database = write(data.resolve("postgres/PG_VERSION"), 10);
		LauncherSettings settings = LauncherSettings.isolated(this.directory, data);

		LocalStack.prepareDataDirectory(settings, Console.silent());

		assertThat(cache).exists();
		assertThat(database).doesNotExist();
	}

	@Test
	void diskUseAddsUpTheFilesUnderADirectory() throws Exception {
		write(this.directory.resolve("a/one"), 3 * 1024 * 1024);
		write(this.directory.resolve("a/b/two"), 1024 * 1024);

		assertThat(DiskUse.bytes(this.directory.resolve("a"))).isEqualTo(4 * 1024 * 1024);
		assertThat(DiskUse.human(4 * 1024 * 1024)).isEqualTo("4 MB");
		assertThat(DiskUse.human(1536L * 1024 * 1024)).isEqualTo("1.5 GB");
		assertThat(DiskUse.bytes(this.directory.resolve("missing"))).isZero();
	}

	private static Path write(Path file, int bytes) throws Exception {
		Files.createDirectories(file.getParent());
		return Files.write(file, new byte[bytes]);
	}

}
