package nexus.gateway.limits;

import java.net.InetSocketAddress;

import io.micrometer.core.instrument.MeterRegistry;
import nexus.gateway.GatewayProperties;
import nexus.gateway.problem.GatewayProblems;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Limits requests to the API and GraphQL: login, registration and refresh per client
 * address (strictest); other requests per user when they carry a token, else per client
 * address. Over the limit: 429 problem details with {@code Retry-After}, counted in
 * {@code nexus_gateway_rate_limited_total{policy}}. Runs after security, so it knows the
 * user.
 */
class RateLimitFilter implements WebFilter, Ordered {

	private final RateLimitStore store;

	private final GatewayProperties.RateLimits limits;

	private final MeterRegistry meters;

	RateLimitFilter(RateLimitStore store, GatewayProperties.RateLimits limits, MeterRegistry meters) {
		this.store = store;
		this.limits = limits;
		this.meters = meters;
		// At zero from the start, so that an increase() alert sees the very first
		// refusal.
		for (String policy : new String[] { "authentication", "authenticated", "anonymous" }) {
			meters.counter("nexus.gateway.rate.limited", "policy", policy);
		}
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (!path.startsWith("/api/") && !path.equals("/graphql")) {
			return chain.filter(exchange);
		}
		if (isAuthentication(exchange, path)) {
			return limit(exchange, chain, "authentication", clientAddress(exchange), this.limits.authentication());
		}
		// Decide who is counted first, then count once: the chain completes empty, so a
		// fallback after it would count an authenticated request a second time as
		// anonymous.
		return exchange.getPrincipal()
			.filter(JwtAuthenticationToken.class::isInstance)
			.map((user) -> new Caller("authenticated", user.getName(), this.limits.authenticated()))
			.switchIfEmpty(
					Mono.fromSupplier(() -> new Caller("anonymous", clientAddress(exchange), this.limits.anonymous())))
			.flatMap((caller) -> limit(exchange, chain, caller.policy(), caller.key(), caller.limit()));
	}

	private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, String policy, String caller,
			GatewayProperties.Limit limit) {
		return this.store.hit(policy + ":" + caller, limit.requests(), limit.window()).flatMap((decision) -> {
			exchange.getResponse().getHeaders().set("RateLimit-Remaining", Long.toString(decision.remaining()));
			if (decision.allowed()) {
				return chain.filter(exchange);
			}
			this.meters.counter("nexus.gateway.rate.limited", "policy", policy).increment();
			long seconds = Math.max(1, (decision.resetIn().toMillis() + 999) / 1000);
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			return GatewayProblems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
					"Rate limit of " + limit.requests() + " requests per " + limit.window().toSeconds()
							+ " s reached; retry after " + seconds + " s");
		});
	}

	private static boolean isAuthentication(ServerWebExchange exchange, String path) {
		return HttpMethod.POST.equals(exchange.getRequest().getMethod()) && (path.equals("/api/auth/login")
				|| path.equals("/api/auth/register") || path.equals("/api/auth/refresh"));
	}

	private static String clientAddress(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown";
	}

	private record Caller(String policy, String key, GatewayProperties.Limit limit) {
	}

	@Override
	public int getOrder() {
		// After Spring Security's filter chain (-100), so the principal is known.
		return 0;
	}

}
