package nexus.bench.measure;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the process that listens on a local TCP port, from {@code /proc/net/tcp} (the
 * socket's inode) and {@code /proc/<pid>/fd} (who holds it). It works the same for a
 * stack this JVM started and for one started elsewhere on the machine, and needs no
 * process ids from the launcher.
 */
public final class ListeningProcesses {

	private static final String LISTEN = "0A";

	private ListeningProcesses() {
	}

	/**
	 * The process listening on a port.
	 * @param port the local port
	 * @return its process id, empty if none is found (or this is not Linux)
	 */
	public static Optional<Long> on(int port) {
		Set<String> inodes = new HashSet<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			try {
				inodes.addAll(listeningInodes(Files.readAllLines(Path.of(table)), port));
			}
			catch (IOException ex) {
				// No such table (IPv6 off, or not Linux).
			}
		}
		if (inodes.isEmpty()) {
			return Optional.empty();
		}
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path process : processes) {
				if (holdsAny(process, inodes)) {
					return Optional.of(Long.parseLong(process.getFileName().toString()));
				}
			}
		}
		catch (IOException ex) {
			// Fall through: not found.
		}
		return Optional.empty();
	}

	/**
	 * The inodes of sockets listening on a port, from the lines of a
	 * {@code /proc/net/tcp} table.
	 * @param lines the table, header first
	 * @param port the port
	 * @return the inodes
	 */
	static Set<String> listeningInodes(List<String> lines, int port) {
		String hexPort = String.format(Locale.ROOT, "%04X", port);
		Set<String> inodes = new HashSet<>();
		for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
			String[] fields = line.trim().split("\\s+");
			if (fields.length < 10) {
				continue;
			}
			String local = fields[1];
			if (local.substring(local.indexOf(':') + 1).equalsIgnoreCase(hexPort) && LISTEN.equals(fields[3])) {
				inodes.add(fields[9]);
			}
		}
		return inodes;
	}

	private static boolean holdsAny(Path process, Set<String> inodes) {
		try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
			for (Path fd : fds) {
				try {
					String target = Files.readSymbolicLink(fd).toString();
					if (target.startsWith("socket:[")
							&& inodes.contains(target.substring("socket:[".length(), target.length() - 1))) {
						return true;
					}
				}
				catch (IOException | UnsupportedOperationException ex) {
					// Closed meanwhile.
				}
			}
		}
		catch (IOException | SecurityException ex) {
			// Another user's process, or gone.
		}
		return false;
	}

}
