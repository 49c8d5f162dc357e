package nexus.bench.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The processes of a running stack, each found by the port it listens on, and the load
 * generator itself: their CPU time and memory, read from {@code /proc}.
 */
public final class StackProcesses {

	/** The name under which the load generator's own figures appear. */
	public static final String GENERATOR = "load generator";

	private final List<Watched> watched;

	private final List<String> missing;

	private StackProcesses(List<Watched> watched, List<String> missing) {
		this.watched = List.copyOf(watched);
		this.missing = List.copyOf(missing);
	}

	/**
	 * Finds the processes listening on the given ports, and adds this JVM as the load
	 * generator.
	 * @param ports each process's name and port, in the order to report them
	 * @param trees names of processes whose children belong to them (PostgreSQL's
	 * backends)
	 * @return the processes found; those not found are listed by {@link #missing()}
	 */
	public static StackProcesses find(Map<String, Integer> ports, List<String> trees) {
		List<Watched> watched = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		ports.forEach((name, port) -> {
			Optional<Long> pid = (port != null && port > 0) ? ListeningProcesses.on(port) : Optional.empty();
			if (pid.isPresent()) {
				watched.add(new Watched(name, pid.get(), trees.contains(name)));
			}
			else {
				missing.add(name + ((port != null && port > 0) ? " (nothing found listening on :" + port + ")"
						: " (port unknown)"));
			}
		});
		watched.add(new Watched(GENERATOR, ProcessHandle.current().pid(), false));
		return new StackProcesses(watched, missing);
	}

	/**
	 * Exactly these processes.
	 * @param watched the processes
	 * @return them
	 */
	static StackProcesses of(List<Watched> watched) {
		return new StackProcesses(watched, List.of());
	}

	public List<Watched> watched() {
		return this.watched;
	}

	/**
	 * Processes that were looked for and not found: their CPU and memory are not
	 * reported.
	 * @return their names with the reason
	 */
	public List<String> missing() {
		return this.missing;
	}

	/**
	 * The CPU time of every process now.
	 * @return the snapshot
	 */
	public CpuSnapshot cpu() {
		Map<String, Long> nanos = new LinkedHashMap<>();
		for (Watched process : this.watched) {
			cpuNanos(process).ifPresent((value) -> nanos.put(process.name(), value));
		}
		return new CpuSnapshot(System.nanoTime(), nanos, ProcFs.machineBusyNanos().orElse(-1));
	}

	/**
	 * The memory of every process now; a process with children counts theirs too.
	 * @return name to figures
	 */
	public Map<String, MemoryUse> memory() {
		Map<String, MemoryUse> memory = new LinkedHashMap<>();
		for (Watched process : this.watched) {
			long rss = 0;
			long pss = 0;
			for (long pid : pids(process).toList()) {
				rss += ProcFs.residentBytes(pid).orElse(0);
				pss += ProcFs.proportionalBytes(pid).orElse(0);
			}
			memory.put(process.name(), new MemoryUse(rss, pss));
		}
		return memory;
	}

	private static OptionalLong cpuNanos(Watched process) {
		if (!process.tree()) {
			return ProcFs.cpuNanos(process.pid(), false);
		}
		OptionalLong root = ProcFs.cpuNanos(process.pid(), true);
		if (root.isEmpty()) {
			return root;
		}
		long total = root.getAsLong();
		for (long pid : pids(process).skip(1).toList()) {
			total += ProcFs.cpuNanos(pid, true).orElse(0);
		}
		return OptionalLong.of(total);
	}

	private static Stream<Long> pids(Watched process) {
		if (!process.tree()) {
			return Stream.of(process.pid());
		}
		return Stream.concat(Stream.of(process.pid()),
				ProcessHandle.of(process.pid()).stream().flatMap(ProcessHandle::descendants).map(ProcessHandle::pid));
	}

	/**
	 * One process.
	 *
	 * @param name what it is
	 * @param pid its id
	 * @param tree whether its children count as part of it
	 */
	public record Watched(String name, long pid, boolean tree) {
	}

	/**
	 * Memory of one process.
	 *
	 * @param residentBytes resident set size ({@code VmRSS}), as {@code ps} and the
	 * launcher report it
	 * @param proportionalBytes proportional set size ({@code Pss}): shared pages divided
	 * among their sharers
	 */
	public record MemoryUse(long residentBytes, long proportionalBytes) {
	}

	/**
	 * CPU time of each process at one moment.
	 *
	 * @param atNanos when ({@link System#nanoTime()})
	 * @param cpuNanos CPU nanoseconds used so far, per process
	 * @param machineBusyNanos CPU nanoseconds the whole machine was busy so far, or -1 if
	 * unknown
	 */
	public record CpuSnapshot(long atNanos, Map<String, Long> cpuNanos, long machineBusyNanos) {

		/**
		 * CPU seconds used since an earlier snapshot, per process.
		 * @param earlier the earlier snapshot
		 * @return name to seconds
		 */
		public Map<String, Double> secondsSince(CpuSnapshot earlier) {
			Map<String, Double> seconds = new LinkedHashMap<>();
			this.cpuNanos.forEach((name, now) -> {
				Long before = earlier.cpuNanos().get(name);
				if (before != null) {
					seconds.put(name, Math.max(0, now - before) / 1e9);
				}
			});
			return seconds;
		}

		/**
		 * The CPU that processes other than the stack and the load generator used since
		 * an earlier snapshot, per second: how much the machine was shared meanwhile.
		 * @param earlier the earlier snapshot
		 * @return cores (CPU seconds per second), or -1 if unknown
		 */
		public double otherCoresSince(CpuSnapshot earlier) {
			if (this.machineBusyNanos < 0 || earlier.machineBusyNanos() < 0) {
				return -1;
			}
			double ours = secondsSince(earlier).values().stream().mapToDouble(Double::doubleValue).sum();
			double machine = (this.machineBusyNanos - earlier.machineBusyNanos()) / 1e9;
			return Math.max(0, machine - ours) / Math.max(1e-9, wallSecondsSince(earlier));
		}

		/**
		 * Wall-clock seconds since an earlier snapshot.
		 * @param earlier the earlier snapshot
		 * @return seconds
		 */
		public double wallSecondsSince(CpuSnapshot earlier) {
			return (this.atNanos - earlier.atNanos()) / 1e9;
		}

	}

}
