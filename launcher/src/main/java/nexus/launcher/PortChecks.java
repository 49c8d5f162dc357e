package nexus.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Port checks.
 */
final class PortChecks {

	private PortChecks() {
	}

	/**
	 * Refuses to go on when a port is taken, naming who needed it.
	 * @param port the port
	 * @param owner the component that needs it
	 */
	static void requireFree(int port, String owner) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		}
		catch (IOException ex) {
			throw new LauncherException("port " + port + " (" + owner + ") is already in use. Stop what uses it, or "
					+ "choose another port (see the README's configuration table).");
		}
	}

	/**
	 * Whether something accepts connections on a local port.
	 * @param port the port
	 * @return {@code true} if a connection succeeded
	 */
	static boolean accepting(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * A port nothing listens on now, for tests.
	 * @return the port
	 */
	static int free() {
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new LauncherException("no free port", ex);
		}
	}

}
