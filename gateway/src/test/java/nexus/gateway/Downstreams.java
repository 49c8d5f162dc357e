package nexus.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Real HTTP servers standing in for the three services, one set per JVM, so the gateway
 * is tested over the network exactly as it runs.
 */
public final class Downstreams {

	public static final WireMockServer USERS = start();

	public static final WireMockServer CATALOG = start();

	public static final WireMockServer ORDERS = start();

	private Downstreams() {
	}

	// A fixed port per server, so that a test that stops one can start it again where the
	// gateway expects it.
	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(options().port(freePort())
			.bindAddress("127.0.0.1")
			// Enough threads to answer a burst of concurrent requests at once, as a
			// service
			// would.
			.containerThreads(300));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void resetAll() {
		USERS.resetAll();
		CATALOG.resetAll();
		ORDERS.resetAll();
	}

}
