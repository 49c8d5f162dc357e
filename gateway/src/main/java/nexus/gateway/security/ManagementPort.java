package nexus.gateway.security;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.stereotype.Component;

/**
 * The management port, when the actuator has one of its own
 * ({@code MANAGEMENT_SERVER_PORT}): a port that only Prometheus and the orchestrator's
 * probes reach, which neither the Ingress nor docker compose publishes. Requests that
 * arrive on it may read every actuator endpoint; on the public port only health is open
 * (ADR 0008).
 */
@Component
class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

	private final AtomicInteger port = new AtomicInteger(-1);

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if ("management".equals(event.getApplicationContext().getServerNamespace())) {
			this.port.set(event.getWebServer().getPort());
		}
	}

	/**
	 * Matches requests that arrived on the management port.
	 * @return the matcher
	 */
	ServerWebExchangeMatcher matcher() {
		return (exchange) -> {
			InetSocketAddress local = exchange.getRequest().getLocalAddress();
			int management = this.port.get();
			return (management > 0 && local != null && local.getPort() == management)
					? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
		};
	}

	/**
	 * The port.
	 * @return it, or {@code -1} while the actuator shares the public port
	 */
	int port() {
		return this.port.get();
	}

}
