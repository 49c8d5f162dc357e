package nexus.bench.measure;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ProcFsTest {

	// A command name with a space and a closing parenthesis, as a process may choose.
	private static final String STAT = "4242 (post gres: x) S 1 4242 4242 0 -1 4194560 1200 0 0 0 "
			+ "150 40 7 3 20 0 1 0 5000 170000000 6000 18446744073709551615";

	@Test
	void cpuTicksAreCountedFromAfterTheCommandName() {
		assertThat(ProcFs.cpuTicks(STAT, false)).isEqualTo(150 + 40);
		assertThat(ProcFs.cpuTicks(STAT, true)).isEqualTo(150 + 40 + 7 + 3);
	}

	@Test
	void theMachinesBusyTimeLeavesOutIdleAndWaiting() {
		// user nice system idle iowait irq softirq steal guest guest_nice
		assertThat(ProcFs.busyTicks("cpu  100 5 40 9000 300 2 3 7 50 0")).isEqualTo(100 + 5 + 40 + 2 + 3 + 7);
	}

	@Test
	void otherProcessesAreWhatTheMachineUsedBeyondTheWatchedOnes() {
		StackProcesses.CpuSnapshot before = new StackProcesses.CpuSnapshot(0, Map.of("a", 1_000_000_000L),
				10_000_000_000L);
		StackProcesses.CpuSnapshot after = new StackProcesses.CpuSnapshot(2_000_000_000L, Map.of("a", 2_000_000_000L),
				13_000_000_000L);

		// The machine was busy 3 s in 2 s, 1 s of it "a": the others used 1 core.
		assertThat(after.otherCoresSince(before)).isEqualTo(1.0);
		assertThat(new StackProcesses.CpuSnapshot(1, Map.of(), -1).otherCoresSince(before)).isEqualTo(-1);
	}

	@Test
	void thisProcessUsesCpuAndMemory() {
		assumeTrue(ProcFs.available(), "needs Linux's /proc");
		long pid = ProcessHandle.current().pid();
		long before = ProcFs.cpuNanos(pid, false).orElseThrow();
		burn();

		assertThat(ProcFs.cpuNanos(pid, false).orElseThrow()).isGreaterThan(before);
		assertThat(ProcFs.residentBytes(pid).orElseThrow()).isGreaterThan(10L * 1024 * 1024);
		assertThat(ProcFs.proportionalBytes(pid).orElseThrow()).isPositive();
	}

	@Test
	void aProcessThatDoesNotExistHasNoFigures() {
		assertThat(ProcFs.cpuNanos(Long.MAX_VALUE, false)).isEmpty();
		assertThat(ProcFs.residentBytes(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void theListeningSocketOfAPortIsFoundInTheTable() {
		List<String> table = List.of(
				"  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
				"   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 777 1 0",
				"   1: 0100007F:1F90 0100007F:C350 01 00000000:00000000 00:00000000 00000000     0        0 888 1 0",
				"   2: 0100007F:1F91 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 999 1 0");

		assertThat(ListeningProcesses.listeningInodes(table, 8080)).containsExactly("777");
	}

	@Test
	void theProcessListeningOnAPortIsFoundWithItsCpuAndMemory() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux's /proc");
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			assertThat(ListeningProcesses.on(socket.getLocalPort())).contains(ProcessHandle.current().pid());

			StackProcesses processes = StackProcesses.find(Map.of("test", socket.getLocalPort()), List.of());
			assertThat(processes.missing()).isEmpty();
			assertThat(processes.watched()).extracting(StackProcesses.Watched::name)
				.containsExactly("test", StackProcesses.GENERATOR);
			StackProcesses.CpuSnapshot before = processes.cpu();
			burn();
			StackProcesses.CpuSnapshot after = processes.cpu();
			assertThat(after.secondsSince(before).get("test")).isPositive();
			assertThat(processes.memory().get("test").residentBytes()).isPositive();
		}
	}

	@Test
	void aPortNobodyListensOnIsReportedAsNotMeasured() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}

		StackProcesses processes = StackProcesses.find(Map.of("gone", port), List.of());

		assertThat(processes.missing()).singleElement().asString().contains("gone").contains(":" + port);
		assertThat(processes.watched()).extracting(StackProcesses.Watched::name)
			.containsExactly(StackProcesses.GENERATOR);
	}

	@Test
	void aTreeCountsTheCpuOfChildrenThatAlreadyEnded() throws Exception {
		assumeTrue(ProcFs.available(), "needs Linux's /proc");
		// The outer shell does nothing itself; its child counts to a million and ends.
		Process shell = new ProcessBuilder("sh", "-c",
				"sh -c 'i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done'; echo done; sleep 30")
			.redirectErrorStream(true)
			.start();
		try {
			assertThat(new String(shell.getInputStream().readNBytes(4))).isEqualTo("done");
			StackProcesses.Watched alone = new StackProcesses.Watched("shell", shell.pid(), false);
			StackProcesses.Watched tree = new StackProcesses.Watched("shell tree", shell.pid(), true);

			StackProcesses.CpuSnapshot cpu = StackProcesses.of(List.of(alone, tree)).cpu();

			assertThat(cpu.cpuNanos().get("shell tree")).isGreaterThan(cpu.cpuNanos().get("shell"));
		}
		finally {
			shell.destroyForcibly();
		}
	}

	private static void burn() {
		long until = System.nanoTime() + 200_000_000L;
		double x = 0;
		while (System.nanoTime() < until) {
			x += Math.sqrt(x + 1);
		}
		assertThat(x).isPositive();
	}

}
