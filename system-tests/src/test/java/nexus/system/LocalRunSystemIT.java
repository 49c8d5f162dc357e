package nexus.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nexus.launcher.Console;
import nexus.launcher.GatewayClient;
import nexus.launcher.LauncherSettings;
import nexus.launcher.LocalStack;
import nexus.launcher.Supervisor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local run as a user meets it: stopped and started again at once, and reachable from
 * other machines only through the gateway.
 */
class LocalRunSystemIT {

	@Test
	void theServicesListenOnlyOnLoopbackAndTheGatewayOnEveryInterface() throws IOException {
		LocalStack stack = RunningNexus.stack();
		LauncherSettings.Ports ports = RunningNexus.settings().ports();

		for (int port : List.of(ports.userService(), ports.catalogService(), ports.orderService(),
				ports.paymentSimulator())) {
			assertThat(listeningAddresses(port)).as("addresses port %d listens on", port)
				.isNotEmpty()
				.allSatisfy((address) -> assertThat(address.isLoopbackAddress()).as(address.toString()).isTrue());
		}
		assertThat(listeningAddresses(ports.gateway())).as("addresses the gateway listens on")
			.anySatisfy((address) -> assertThat(address.isAnyLocalAddress()).isTrue());
		// From another interface of this machine: the gateway answers, the services do
		// not.
		Optional<InetAddress> external = nonLoopbackAddress();
		if (external.isPresent()) {
			assertThat(connects(external.get(), ports.gateway())).isTrue();
			assertThat(connects(external.get(), ports.userService())).isFalse();
			assertThat(connects(external.get(), ports.orderService())).isFalse();
		}
		assertThat(new GatewayClient(stack.gatewayUrl())
			.call("GET", "/api/catalog/categories", null, null, java.util.Map.of())
			.status()).isEqualTo(200);
	}

	@Test
	void aStackStartsAgainRightAfterItStoppedEvenWhileItsDatabasePortIsInTimeWait() throws IOException {
		Path repository = Path.of(System.getProperty("nexus.repository", "..")).toAbsolutePath().normalize();
		LauncherSettings settings = LauncherSettings.isolated(repository,
				repository.resolve("system-tests/target/nexus-restart"));
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		Console console = new Console(new PrintStream(new Tee(System.out, printed), true, StandardCharsets.UTF_8));
		LocalStack first = LocalStack.start(settings, console);
		String product = new Api(first.gatewayUrl()).newProduct(new Api(first.gatewayUrl()).admin(), "2.00", 5);
		first.close();
		// What a busy run leaves behind: a connection that used PostgreSQL's port as its
		// own (client) end and closed, in TIME_WAIT for a minute. Nothing listens on the
		// port, yet a bind fails.
		portInTimeWait(settings.ports().postgres());

		LocalStack again = LocalStack.start(settings.withFreshData(false), console);
		try {
			Api api = new Api(again.gatewayUrl());
			assertThat(api.stockOf(product)).isEqualTo(5);
			assertThat(again.status()).extracting(Supervisor.Status::state).containsOnly(Supervisor.State.UP);
			assertThat(printed.toString(StandardCharsets.UTF_8))
				.contains("port " + settings.ports().postgres() + " (embedded PostgreSQL) was used by a connection "
						+ "that closed moments ago (TCP TIME_WAIT)")
				.doesNotContain("already in use");
		}
		finally {
			again.close();
		}
	}

	private static void portInTimeWait(int port) throws IOException {
		InetAddress loopback = InetAddress.getLoopbackAddress();
		try (ServerSocket server = new ServerSocket(0, 50, loopback)) {
			Socket client = bound(loopback, port);
			client.connect(server.getLocalSocketAddress());
			try (Socket accepted = server.accept()) {
				client.close();
				accepted.getInputStream().read();
			}
		}
	}

	// PostgreSQL's own closed connections may hold the port for a while, in a TIME_WAIT
	// that allows reuse (PostgreSQL binds with SO_REUSEADDR). A socket that reuses the
	// address may bind beside them; it then stops reusing it, so that its own TIME_WAIT
	// is
	// one that keeps a server from binding (on Linux the flag is read again when the
	// socket
	// closes), which is what a busy run can leave behind.
	private static Socket bound(InetAddress address, int port) {
		return await().atMost(Duration.ofSeconds(70)).pollInterval(Duration.ofMillis(500)).until(() -> {
			Socket client = new Socket();
			try {
				client.setReuseAddress(true);
				client.bind(new InetSocketAddress(address, port));
				client.setReuseAddress(false);
				return client;
			}
			catch (IOException ex) {
				client.close();
				return null;
			}
		}, Objects::nonNull);
	}

	// The local addresses of the sockets listening on a port, from /proc/net/tcp{,6}.
	private static List<InetAddress> listeningAddresses(int port) throws IOException {
		List<InetAddress> addresses = new ArrayList<>();
		String suffix = String.format(Locale.ROOT, ":%04X", port);
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			List<String> lines = Files.readAllLines(Path.of(table));
			for (String line : lines.subList(1, lines.size())) {
				String[] fields = line.trim().split("\\s+");
				if (fields[1].endsWith(suffix) && fields[3].equals("0A")) {
					addresses.add(address(fields[1].substring(0, fields[1].indexOf(':'))));
				}
			}
		}
		return addresses;
	}

	// /proc prints each 32-bit word of the address in host (little-endian) order.
	private static InetAddress address(String hex) throws IOException {
		byte[] bytes = new byte[hex.length() / 2];
		for (int word = 0; word < bytes.length / 4; word++) {
			for (int i = 0; i < 4; i++) {
				int at = word * 8 + (3 - i) * 2;
				bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
			}
		}
		return InetAddress.getByAddress(bytes);
	}

	private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
		return NetworkInterface.networkInterfaces().filter((network) -> {
			try {
				return network.isUp() && !network.isLoopback();
			}
			catch (IOException ex) {
				return false;
			}
		})
			.flatMap(NetworkInterface::inetAddresses)
			.filter((address) -> address instanceof Inet4Address && !address.isLoopbackAddress())
			.findFirst();
	}

	private static boolean connects(InetAddress address, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), 2000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static final class Tee extends OutputStream {

		private final OutputStream first;

		private final OutputStream second;

		Tee(OutputStream first, OutputStream second) {
			this.first = first;
			this.second = second;
		}

		@Override
		public synchronized void write(int b) throws IOException {
			this.first.write(b);
			this.second.write(b);
		}

		@Override
		public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
			this.first.write(bytes, offset, length);
			this.second.write(bytes, offset, length);
		}

	}

}
