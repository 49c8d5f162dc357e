package nexus.gateway.limits;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import nexus.gateway.GatewayProperties;
import nexus.proxies.TrustedProxies;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Decides who the client is, first of all: the peer, unless the peer is one of the
 * trusted proxies in front of the gateway ({@code nexus.gateway.trusted-proxies}, none by
 * default), whose {@code X-Forwarded-For} then names it ({@link TrustedProxies}, the same
 * rule as the services'). The request's remote address becomes the client's, so the rate
 * limits count it, GraphQL passes it on, and the {@code X-Forwarded-For} the gateway
 * writes to the services (replacing whatever the client sent) carries it.
 */
@Component
class TrustedProxyFilter implements WebFilter, Ordered {

	private final TrustedProxies proxies;

	TrustedProxyFilter(GatewayProperties properties) {
		this.proxies = TrustedProxies.of(properties.trustedProxies());
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null || remote.getAddress() == null) {
			return chain.filter(exchange);
		}
		InetAddress client = this.proxies.clientOf(remote.getAddress(),
				exchange.getRequest().getHeaders().getOrEmpty("X-Forwarded-For"));
		if (client.equals(remote.getAddress())) {
			return chain.filter(exchange);
		}
		InetSocketAddress address = new InetSocketAddress(client, remote.getPort());
		return chain.filter(exchange.mutate().request((request) -> request.remoteAddress(address)).build());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
