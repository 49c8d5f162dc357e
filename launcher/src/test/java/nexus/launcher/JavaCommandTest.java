package nexus.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class JavaCommandTest {

	@TempDir
	Path directory;

	@Test
	void runsTheJarWithTheOptionsAndTheInstanceMarker() throws Exception {
		Path jar = Files.writeString(this.directory.resolve("app.jar"), "jar");

		List<String> command = JavaCommand.forJar(jar, null, "app", List.of("-Xmx64m"), "/data");

		assertThat(command.getFirst()).endsWith("java");
		assertThat(command).containsSubsequence("-Xmx64m", "-Dnexus.launcher.instance=/data", "-jar", jar.toString());
		assertThat(command).noneMatch((argument) -> argument.contains("AOT") || argument.contains("SharedArchive"));
	}

	@Test
	void recordsAStartupCacheFirstAndUsesItWhileTheJarIsUnchanged() throws Exception {
		Path jar = Files.writeString(this.directory.resolve("app.jar"), "jar");
		Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
		Path caches = this.directory.resolve("caches");

		List<String> first = JavaCommand.forJar(jar, caches, "app", List.of(), "/data");
		Path cache = caches.resolve((JavaCommand.jdk() >= 25) ? "app.aot" : "app.jsa");
		Files.writeString(cache, "cache");
		List<String> later = JavaCommand.forJar(jar, caches, "app", List.of(), "/data");
		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
		List<String> afterRebuild = JavaCommand.forJar(jar, caches, "app", List.of(), "/data");

		if (JavaCommand.jdk() >= 25) {
			assertThat(first).contains("-XX:AOTCacheOutput=" + cache);
			assertThat(later).contains("-XX:AOTCache=" + cache);
			assertThat(afterRebuild).contains("-XX:AOTCacheOutput=" + cache);
		}
		else {
			assertThat(later).contains("-XX:SharedArchiveFile=" + cache, "-XX:+AutoCreateSharedArchive");
		}
		assertThat(cache).doesNotExist();
	}

}
