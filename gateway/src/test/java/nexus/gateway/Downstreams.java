package nexus.gateway;

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

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	public static void resetAll() {
		USERS.resetAll();
		CATALOG.resetAll();
		ORDERS.resetAll();
	}

}
