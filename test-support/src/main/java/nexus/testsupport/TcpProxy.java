package nexus.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * A TCP proxy on a fixed local port that a test can cut and restore, to make a real
 * server unreachable (as when it is down or partitioned away) and then reachable again,
 * without losing its state.
 */
public final class TcpProxy implements AutoCloseable {

	private final int port;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile @Nullable InetSocketAddress target;

	private volatile @Nullable ServerSocket server;

	private TcpProxy(int port) {
		this.port = port;
	}

	/**
	 * A proxy on a free port, not yet forwarding.
	 * @return the proxy
	 */
	public static TcpProxy onFreePort() {
		try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			return new TcpProxy(probe.getLocalPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The port clients connect to.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Starts accepting connections and forwarding them to the target.
	 * @param host the target host
	 * @param targetPort the target port
	 */
	public synchronized void forwardTo(String host, int targetPort) {
		this.target = new InetSocketAddress(host, targetPort);
		if (this.server != null) {
			return;
		}
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
			this.server = socket;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread.ofVirtual().name("tcp-proxy-" + this.port).start(() -> accept(this.server));
	}

	/**
	 * Stops accepting and drops every open connection.
	 */
	public synchronized void cut() {
		closeQuietly(this.server);
		this.server = null;
		this.sockets.forEach(TcpProxy::closeQuietly);
		this.sockets.clear();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket upstream = new Socket(this.target.getAddress(), this.target.getPort());
				this.sockets.add(client);
				this.sockets.add(upstream);
				Thread.ofVirtual().start(() -> pump(client, upstream));
				Thread.ofVirtual().start(() -> pump(upstream, client));
			}
			catch (IOException ex) {
				// Closed by cut(), or the target refused: the client sees a dropped
				// connection.
			}
		}
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// Connection dropped.
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void closeQuietly(@Nullable AutoCloseable closeable) {
		if (closeable != null) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				// Nothing to do.
			}
		}
	}

	@Override
	public void close() {
		cut();
	}

}
