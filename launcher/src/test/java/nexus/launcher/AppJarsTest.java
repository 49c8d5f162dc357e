package nexus.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AppJarsTest {

	@TempDir
	Path directory;

	@Test
	void aRebuiltJarWithTheSameContentKeepsItsUnpackedCopyAndItsStartupCache() throws Exception {
		Path jar = Files.writeString(this.directory.resolve("app-1.0.jar"), "the same bytes");
		Path unpacked = Files.createDirectories(this.directory.resolve("apps/app"));
		Path application = Files.writeString(unpacked.resolve("app-1.0.jar"), "unpacked");
		FileTime unpackedAt = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
		Files.setLastModifiedTime(application, unpackedAt);
		Files.writeString(unpacked.resolve(".source-sha256"), AppJars.sha256(jar));
		Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));

		Path result = appJars().unpacked("app", jar);

		assertThat(result).isEqualTo(application);
		assertThat(Files.getLastModifiedTime(application)).isEqualTo(unpackedAt);
	}

	@Test
	void aJarWithTheSizeAndTimeItWasUnpackedWithIsNotHashedAgain() throws Exception {
		Path jar = Files.writeString(this.directory.resolve("app-1.0.jar"), "the same bytes");
		Path unpacked = Files.createDirectories(this.directory.resolve("apps/app"));
		Path application = Files.writeString(unpacked.resolve("app-1.0.jar"), "unpacked");
		// A digest that does not match: only the stamp can make it reuse the copy.
		Files.writeString(unpacked.resolve(".source-sha256"),
				"not the digest\n" + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + "\n");

		assertThat(appJars().unpacked("app", jar)).isEqualTo(application);
	}

	@Test
	void aJarWhoseContentChangedIsUnpackedAgain() throws Exception {
		Path jar = Files.writeString(this.directory.resolve("app-1.0.jar"), "new bytes, not a Spring Boot jar");
		Path unpacked = Files.createDirectories(this.directory.resolve("apps/app"));
		Files.writeString(unpacked.resolve("app-1.0.jar"), "unpacked");
		Files.writeString(unpacked.resolve(".source-sha256"), "digest of the old jar");

		assertThatExceptionOfType(LauncherException.class).isThrownBy(() -> appJars().unpacked("app", jar))
			.withMessageContaining("unpack app");
		assertThat(unpacked.resolve(".source-sha256")).doesNotExist();
	}

	@Test
	void digestIsTheJarsSha256() throws Exception {
		Path file = Files.writeString(this.directory.resolve("abc"), "abc");

		assertThat(AppJars.sha256(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	private AppJars appJars() throws Exception {
		return new AppJars(this.directory, this.directory.resolve("apps"),
				Files.createDirectories(this.directory.resolve("logs")));
	}

}
