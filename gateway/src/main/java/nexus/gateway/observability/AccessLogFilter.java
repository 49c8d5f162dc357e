package nexus.gateway.observability;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * One line per request: method, path, route, status, latency and request id, logged under
 * {@code nexus.gateway.access} so it can be routed or silenced on its own.
 */
@Component
public class AccessLogFilter implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger("nexus.gateway.access");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long started = System.nanoTime();
		return chain.filter(exchange).doFinally((signal) -> {
			Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			log.info("{} {} route={} status={} latencyMs={} requestId={}", exchange.getRequest().getMethod(),
					exchange.getRequest().getPath().value(), (route != null) ? route.getId() : "-",
					(status != null) ? status.value() : 0, (System.nanoTime() - started) / 1_000_000,
					RequestIdFilter.requestId(exchange));
		});
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
