package nexus.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the jars {@code ./mvnw package} built, and unpacks each Spring Boot jar once
 * (again only when it changes) into the data directory: an unpacked application starts
 * faster and can use a start-up cache, which a nested jar cannot.
 */
final class AppJars {

	private final Path repository;

	private final Path appsDirectory;

	private final Path logs;

	AppJars(Path repository, Path appsDirectory, Path logs) {
		this.repository = repository;
		this.appsDirectory = appsDirectory;
		this.logs = logs;
	}

	/**
	 * The built jar of a module.
	 * @param module the module directory
	 * @param classifier the jar's classifier, or {@code null} for the main one
	 * @return the jar
	 */
	Path built(String module, String classifier) {
		Path target = this.repository.resolve(module).resolve("target");
		String suffix = (classifier != null) ? "-" + classifier + ".jar" : ".jar";
		try (Stream<Path> files = Files.list(target)) {
			return files
				.filter((file) -> file.getFileName().toString().startsWith(module + "-")
						&& file.getFileName().toString().endsWith(suffix))
				.filter((file) -> classifier != null
						|| !file.getFileName().toString().matches(".*-(plain|sources|javadoc|exec)\\.jar"))
				.findFirst()
				.orElseThrow(() -> missing(module));
		}
		catch (IOException ex) {
			throw missing(module);
		}
	}

	/**
	 * The unpacked form of a Spring Boot jar, unpacking it if it is new or its content
	 * changed. The build makes reproducible jars, so an unchanged module keeps its
	 * unpacked copy (and with it the start-up cache recorded for it) even when it was
	 * rebuilt.
	 * @param name the application's name
	 * @param jar the built jar
	 * @return the unpacked application jar
	 */
	Path unpacked(String name, Path jar) {
		Path destination = this.appsDirectory.resolve(name);
		Path application = destination.resolve(jar.getFileName());
		Path digestFile = destination.resolve(".source-sha256");
		try {
			// Hashing 100 MB jars on every start costs a second of CPU: a jar with the
			// size
			// and time it had when it was unpacked is the same jar.
			String stamp = Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
			List<String> recorded = Files.exists(digestFile) ? Files.readAllLines(digestFile) : List.of();
			if (Files.exists(application) && recorded.size() > 1 && recorded.get(1).trim().equals(stamp)) {
				return application;
			}
			String digest = sha256(jar);
			if (Files.exists(application) && !recorded.isEmpty() && recorded.get(0).trim().equals(digest)) {
				Files.writeString(digestFile, digest + "\n" + stamp + "\n");
				return application;
			}
			Files.createDirectories(destination);
			Files.deleteIfExists(digestFile);
			ChildProcess extract = new ChildProcess("unpack " + name,
					List.of(JavaCommand.java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
							destination.toString(), "--force"),
					Map.of(), this.repository, this.logs.resolve("unpack-" + name + ".log"));
			extract.start();
			extract.awaitExit(Duration.ofMinutes(2));
			// The unpacked jar carries the build's fixed timestamp; make it newer than
			// any
			// start-up cache recorded for the old content, so that one is recorded again.
			Files.setLastModifiedTime(application, FileTime.from(Instant.now()));
			Files.writeString(digestFile, digest + "\n" + stamp + "\n");
			return application;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static LauncherException missing(String module) {
		return new LauncherException("the jar of " + module + " is missing; build it with ./mvnw -DskipTests package "
				+ "(the run script does this for you)");
	}

}
