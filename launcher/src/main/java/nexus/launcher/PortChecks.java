package nexus.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Port checks. A port is taken when something listens on it. A port nothing listens on
 * can still refuse a bind for up to a minute: a connection that used it as its local end
 * (the default PostgreSQL port 55432 lies in the range the system picks client ports
 * from) stays in TCP TIME_WAIT after it closed, and that blocks a bind even with
 * {@code SO_REUSEADDR}. Such a port is "recently used", not "in use": the check waits
 * until the system releases it.
 */
final class PortChecks {

	private static final int FIRST_TEST_PORT = 20000;

	private static final int TEST_PORTS = 12000;

	private static final java.util.Random RANDOM = new java.util.Random();

	private static final java.util.Set<Integer> GIVEN = new java.util.HashSet<>();

	/**
	 * How long a recently used port is waited for: Linux keeps TIME_WAIT for 60 s, macOS
	 * for 30 s.
	 */
	static final Duration TIME_WAIT = Duration.ofSeconds(65);

	/** What a port is to a server that wants to bind it. */
	enum State {

		/** A bind succeeds. */
		FREE,

		/** Something accepts connections on it. */
		IN_USE,

		/**
		 * Nothing accepts connections, yet a bind fails: a connection closed moments ago
		 * (TIME_WAIT) still holds it, or something listens only on another interface.
		 */
		RECENTLY_USED

	}

	private PortChecks() {
	}

	/**
	 * Refuses to go on when a port is taken, naming who needed it; waits, saying so,
	 * while the port is only recently used.
	 * @param port the port
	 * @param owner the component that needs it
	 * @param bindAddress the address the component binds, {@code null} for every
	 * interface
	 * @param wait how long a recently used port may take to become free
	 * @param progress where the wait is announced
	 */
	static void requireFree(int port, String owner, InetAddress bindAddress, Duration wait, Consumer<String> progress) {
		State state = state(port, bindAddress);
		if (state == State.IN_USE) {
			throw inUse(port, owner);
		}
		if (state == State.FREE) {
			return;
		}
		progress.accept("port " + port + " (" + owner + ") was used by a connection that closed moments ago (TCP "
				+ "TIME_WAIT); waiting up to " + wait.toSeconds() + " s for the system to release it");
		long started = System.nanoTime();
		long deadline = started + wait.toNanos();
		while (System.nanoTime() < deadline) {
			ChildProcess.pause(Duration.ofMillis(500));
			state = state(port, bindAddress);
			if (state == State.FREE) {
				progress.accept(String.format(Locale.ROOT, "port %d (%s) is free after %.0f s", port, owner,
						(System.nanoTime() - started) / 1e9));
				return;
			}
			if (state == State.IN_USE) {
				throw inUse(port, owner);
			}
		}
		throw new LauncherException("port " + port + " (" + owner + ") cannot be bound: nothing answers on it, but "
				+ "after " + wait.toSeconds() + " s the system still holds it (a listener on another interface, or "
				+ "connections in TIME_WAIT: see `ss -tan | grep :" + port + "`). Choose another port (see the "
				+ "README's configuration table).");
	}

	/**
	 * What a port is now, to a server that binds it as Tomcat, Netty, Kafka and
	 * PostgreSQL do (with {@code SO_REUSEADDR}).
	 * @param port the port
	 * @param bindAddress the address the server binds, {@code null} for every interface
	 * @return its state
	 */
	static State state(int port, InetAddress bindAddress) {
		if (bindable(port, bindAddress)) {
			return State.FREE;
		}
		return accepting(port) ? State.IN_USE : State.RECENTLY_USED;
	}

	private static boolean bindable(int port, InetAddress bindAddress) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(bindAddress, port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static LauncherException inUse(int port, String owner) {
		return new LauncherException("port " + port + " (" + owner + ") is already in use. Stop what uses it, or "
				+ "choose another port (see the README's configuration table).");
	}

	/**
	 * Whether something accepts connections on a local port, over IPv4 or IPv6 loopback.
	 * @param port the port
	 * @return {@code true} if a connection succeeded
	 */
	static boolean accepting(int port) {
		for (String host : List.of("127.0.0.1", "::1")) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getByName(host), port), 500);
				return true;
			}
			catch (IOException ex) {
				// Try the next.
			}
		}
		return false;
	}

	/**
	 * A port nothing listens on now, for tests, below the kernel's range of ephemeral
	 * ports (32768 and up on Linux): a port the kernel hands out is one any outgoing
	 * connection (a Kafka client, a connection pool) may take as its own end before the
	 * server that was meant to have it binds it, which once made a service fail to start.
	 * Never the same port twice in one JVM.
	 * @return the port
	 */
	static synchronized int free() {
		for (int attempt = 0; attempt < 500; attempt++) {
			int port = FIRST_TEST_PORT + RANDOM.nextInt(TEST_PORTS);
			if (!GIVEN.contains(port) && bindable(port)) {
				GIVEN.add(port);
				return port;
			}
		}
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			GIVEN.add(socket.getLocalPort());
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new LauncherException("no free port", ex);
		}
	}

	private static boolean bindable(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(false);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
