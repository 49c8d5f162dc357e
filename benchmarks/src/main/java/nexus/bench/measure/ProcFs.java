package nexus.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * CPU time and memory of processes, read from Linux's {@code /proc}. Elsewhere every
 * figure is unknown (empty), never made up.
 */
public final class ProcFs {

	private static final Path PROC = Path.of("/proc");

	private static final long TICKS_PER_SECOND = clockTicks();

	private ProcFs() {
	}

	/**
	 * Whether this system has a {@code /proc} to read.
	 * @return {@code true} on Linux
	 */
	public static boolean available() {
		return Files.isReadable(PROC.resolve("self").resolve("stat"));
	}

	/**
	 * CPU time a process has used, in user and kernel mode, from {@code /proc/<pid>/stat}
	 * (fields 14 and 15); with {@code reapedChildren}, also that of its children that
	 * ended and were waited for (fields 16 and 17), as PostgreSQL's short-lived backends
	 * are.
	 * @param pid the process
	 * @param reapedChildren whether to add the time of children that ended
	 * @return nanoseconds, empty if the process is gone or unreadable
	 */
	public static OptionalLong cpuNanos(long pid, boolean reapedChildren) {
		try {
			String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
			return OptionalLong.of(ticksToNanos(cpuTicks(stat, reapedChildren)));
		}
		catch (IOException | RuntimeException ex) {
			return OptionalLong.empty();
		}
	}

	/**
	 * The CPU ticks in one {@code /proc/<pid>/stat} line. The command name (field 2) is
	 * in parentheses and may hold spaces and parentheses itself, so fields are counted
	 * from the last closing parenthesis.
	 * @param stat the line
	 * @param reapedChildren whether to add the time of children that ended
	 * @return clock ticks
	 */
	static long cpuTicks(String stat, boolean reapedChildren) {
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
		// fields[0] is field 3 (state): utime is field 14, so fields[11].
		long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		if (reapedChildren) {
			ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
		}
		return ticks;
	}

	/**
	 * CPU time the whole machine spent busy (user, nice, system, interrupts, steal) since
	 * it booted, from the first line of {@code /proc/stat}, over all cores.
	 * @return nanoseconds, empty if unreadable
	 */
	public static OptionalLong machineBusyNanos() {
		try {
			return OptionalLong.of(ticksToNanos(busyTicks(Files.readAllLines(PROC.resolve("stat")).getFirst())));
		}
		catch (IOException | RuntimeException ex) {
			return OptionalLong.empty();
		}
	}

	/**
	 * The busy ticks in the {@code cpu} line of {@code /proc/stat}: user, nice, system,
	 * irq, softirq and steal (idle and iowait are not busy; guest time is already in
	 * user).
	 * @param line the line
	 * @return clock ticks
	 */
	static long busyTicks(String line) {
		String[] fields = line.trim().split("\\s+");
		long busy = 0;
		for (int field : new int[] { 1, 2, 3, 6, 7, 8 }) {
			busy += (field < fields.length) ? Long.parseLong(fields[field]) : 0;
		}
		return busy;
	}

	static long ticksToNanos(long ticks) {
		return ticks * (TimeUnit.SECONDS.toNanos(1) / TICKS_PER_SECOND);
	}

	/**
	 * Resident memory of a process ({@code VmRSS}).
	 * @param pid the process
	 * @return bytes, empty if unknown
	 */
	public static OptionalLong residentBytes(long pid) {
		return kilobytesField(PROC.resolve(Long.toString(pid)).resolve("status"), "VmRSS:");
	}

	/**
	 * Proportional memory of a process ({@code Pss} in {@code smaps_rollup}): shared
	 * pages are divided among the processes that share them, so the figures of
	 * PostgreSQL's backends add up without counting its shared buffers once per backend.
	 * @param pid the process
	 * @return bytes, empty if unknown
	 */
	public static OptionalLong proportionalBytes(long pid) {
		return kilobytesField(PROC.resolve(Long.toString(pid)).resolve("smaps_rollup"), "Pss:");
	}

	private static OptionalLong kilobytesField(Path file, String name) {
		try {
			for (String line : Files.readAllLines(file)) {
				if (line.startsWith(name)) {
					return OptionalLong
						.of(Long.parseLong(line.substring(name.length()).replaceAll("[^0-9]", "")) * 1024);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux, or the process is gone.
		}
		return OptionalLong.empty();
	}

	// USER_HZ is 100 on every Linux the project runs on; getconf says so where it can.
	private static long clockTicks() {
		try {
			Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
			String out = new String(getconf.getInputStream().readAllBytes()).trim();
			if (getconf.waitFor(5, TimeUnit.SECONDS) && getconf.exitValue() == 0) {
				long ticks = Long.parseLong(out);
				if (ticks > 0) {
					return ticks;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Use the default below.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return 100;
	}

}
