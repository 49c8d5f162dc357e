package nexus.gateway.limits;

import java.net.InetSocketAddress;

import org.springframework.web.server.ServerWebExchange;

/**
 * The address a request is counted by.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	/**
	 * The client's address.
	 * @param exchange the exchange
	 * @return the address, or {@code unknown}
	 */
	public static String of(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown";
	}

}
