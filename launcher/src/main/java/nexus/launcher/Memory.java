package nexus.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resident memory of processes, from {@code /proc} (Linux); elsewhere unknown.
 */
final class Memory {

	private Memory() {
	}

	static long residentBytes(long pid) {
		Path status = Path.of("/proc", Long.toString(pid), "status");
		try {
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux, or the process is gone.
		}
		return 0;
	}

	static String human(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
	}

}
