package nexus.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Command lines for the JVMs the launcher starts: the same JDK as the launcher's, lean
 * memory settings, and a start-up cache that later runs reuse (JDK 25's AOT cache, or a
 * CDS archive on JDK 21 to 24), kept next to the data and rebuilt when the jar changes.
 */
final class JavaCommand {

	/**
	 * Which launch a process belongs to, so a later run can find leftovers of this one.
	 */
	static final String INSTANCE_PROPERTY = "nexus.launcher.instance";

	/**
	 * The environment every JVM the launcher starts gets: glibc's malloc keeps up to 8
	 * arenas per core, each holding on to freed memory; two are enough for these small
	 * JVMs (measured: see the README's memory table). Other C libraries ignore it.
	 */
	static final Map<String, String> NATIVE_MEMORY = Map.of("MALLOC_ARENA_MAX", "2");

	private JavaCommand() {
	}

	static String java() {
		return ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	static int jdk() {
		return Runtime.version().feature();
	}

	/**
	 * The command that runs a jar.
	 * @param jar the (extracted) application jar
	 * @param cacheDirectory where start-up caches live, or {@code null} for none
	 * @param name the application's name
	 * @param options JVM options
	 * @param instance marks the process as this launch's
	 * @return the command
	 */
	static List<String> forJar(Path jar, Path cacheDirectory, String name, List<String> options, String instance) {
		List<String> command = new ArrayList<>();
		command.add(java());
		command.addAll(options);
		if (cacheDirectory != null) {
			command.addAll(startupCache(jar, cacheDirectory, name));
		}
		command.add("-D" + INSTANCE_PROPERTY + "=" + instance);
		command.add("-jar");
		command.add(jar.toString());
		return command;
	}

	private static List<String> startupCache(Path jar, Path directory, String name) {
		try {
			Files.createDirectories(directory);
			if (jdk() >= 25) {
				Path cache = directory.resolve(name + ".aot");
				if (isFresh(cache, jar)) {
					return List.of("-XX:AOTCache=" + cache);
				}
				Files.deleteIfExists(cache);
				// Recorded during this run, written when the process exits cleanly.
				return List.of("-XX:AOTCacheOutput=" + cache);
			}
			Path archive = directory.resolve(name + ".jsa");
			if (!isFresh(archive, jar)) {
				Files.deleteIfExists(archive);
			}
			return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isFresh(Path cache, Path jar) throws IOException {
		return Files.exists(cache) && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) > 0;
	}

}
