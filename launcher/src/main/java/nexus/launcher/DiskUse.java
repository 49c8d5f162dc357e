package nexus.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Sizes and removal of parts of the data directory.
 */
final class DiskUse {

	private DiskUse() {
	}

	/**
	 * The bytes the files under a directory take.
	 * @param directory the directory
	 * @return bytes, 0 if it does not exist
	 */
	static long bytes(Path directory) {
		if (!Files.exists(directory)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong(DiskUse::size).sum();
		}
		catch (IOException | UncheckedIOException ex) {
			return 0;
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			// Gone meanwhile (a log rotated, a file PostgreSQL removed).
			return 0;
		}
	}

	static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	static String human(long bytes) {
		if (bytes >= 1024L * 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
		}
		return String.format(Locale.ROOT, "%d MB", Math.round(bytes / (1024.0 * 1024)));
	}

}
