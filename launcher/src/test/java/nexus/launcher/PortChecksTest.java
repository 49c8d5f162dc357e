package nexus.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PortChecksTest {

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	@Test
	void freePortsForTestsAreFreeDistinctAndBelowTheEphemeralRange() throws IOException {
		List<Integer> ports = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			ports.add(PortChecks.free());
		}

		assertThat(ports).doesNotHaveDuplicates().allSatisfy((port) -> assertThat(port).isBetween(20000, 31999));
		try (ServerSocket server = new ServerSocket(ports.get(0), 50, InetAddress.getLoopbackAddress())) {
			assertThat(server.getLocalPort()).isEqualTo(ports.get(0));
		}
	}

	@Test
	void aPortSomethingListensOnIsInUseAtOnce() throws IOException {
		try (ServerSocket listener = new ServerSocket(0, 50, LOOPBACK)) {
			int port = listener.getLocalPort();
			List<String> progress = new ArrayList<>();

			assertThat(PortChecks.state(port, LOOPBACK)).isEqualTo(PortChecks.State.IN_USE);
			assertThatExceptionOfType(LauncherException.class)
				.isThrownBy(
						() -> PortChecks.requireFree(port, "gateway", LOOPBACK, Duration.ofSeconds(30), progress::add))
				.withMessageContaining("port " + port + " (gateway) is already in use");
			assertThat(progress).isEmpty();
		}
	}

	@Test
	void aPortNothingUsesIsFree() {
		int port = PortChecks.free();

		assertThat(PortChecks.state(port, LOOPBACK)).isEqualTo(PortChecks.State.FREE);
		assertThat(PortChecks.state(port, null)).isEqualTo(PortChecks.State.FREE);
		assertThatNoException()
			.isThrownBy(() -> PortChecks.requireFree(port, "gateway", null, Duration.ZERO, (message) -> {
			}));
	}

	// What stopped a restart right after a stop: a client connection whose local end was
	// the port (55432 is in the range client ports come from) sits in TIME_WAIT; nothing
	// listens, yet a bind fails even with SO_REUSEADDR. That the wait ends, once the
	// minute of TIME_WAIT is over, in a stack that is ready, is LocalRunSystemIT's.
	@Test
	void aPortHeldOnlyByAConnectionInTimeWaitIsRecentlyUsedAndWaitedForNotInUse() throws IOException {
		int port = portInTimeWait();
		List<String> progress = new ArrayList<>();

		assertThat(PortChecks.state(port, LOOPBACK)).isEqualTo(PortChecks.State.RECENTLY_USED);
		assertThatExceptionOfType(LauncherException.class)
			.isThrownBy(() -> PortChecks.requireFree(port, "embedded PostgreSQL", LOOPBACK, Duration.ofSeconds(2),
					progress::add))
			.withMessageContaining("nothing answers on it")
			.withMessageNotContaining("already in use");
		assertThat(progress).singleElement()
			.asString()
			.contains("port " + port + " (embedded PostgreSQL)", "TIME_WAIT", "waiting up to 2 s");
	}

	/**
	 * A port left in TIME_WAIT by a client connection that used it as its local end and
	 * closed first, as the services' connections do when they stop.
	 */
	static int portInTimeWait() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 50, LOOPBACK)) {
			Socket client = new Socket();
			client.bind(new InetSocketAddress(LOOPBACK, 0));
			int port = client.getLocalPort();
			client.connect(server.getLocalSocketAddress());
			try (Socket accepted = server.accept()) {
				client.close();
				// The peer's close completes the handshake: the client's end is now in
				// TIME_WAIT.
				accepted.getInputStream().read();
			}
			return port;
		}
	}

}
