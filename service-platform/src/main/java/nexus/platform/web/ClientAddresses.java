package nexus.platform.web;

import java.net.InetAddress;
import java.util.Collections;

import jakarta.servlet.http.HttpServletRequest;
import nexus.proxies.TrustedProxies;

/**
 * The client's address of a request, by the same rule as the gateway's
 * ({@link TrustedProxies}): {@code X-Forwarded-For} counts only when the request comes
 * from a trusted proxy ({@code nexus.web.trusted-proxies}; the gateway on loopback by
 * default), else the peer is the client. So no direct caller picks the address that, say,
 * the login throttle counts by.
 */
public class ClientAddresses {

	private final TrustedProxies proxies;

	public ClientAddresses(TrustedProxies proxies) {
		this.proxies = proxies;
	}

	/**
	 * The client's address.
	 * @param request the request
	 * @return the address, as text
	 */
	public String of(HttpServletRequest request) {
		InetAddress peer = TrustedProxies.literal(request.getRemoteAddr());
		if (peer == null) {
			return request.getRemoteAddr();
		}
		return this.proxies.clientOf(peer, Collections.list(request.getHeaders("X-Forwarded-For"))).getHostAddress();
	}

}
