package nexus.gateway.limits;

import java.net.InetSocketAddress;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
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

	private final Map<Policy, GatewayProperties.Limit> limits = new EnumMap<>(Policy.class);

	private final Map<Policy, Counter> refusals = new EnumMap<>(Policy.class);

	RateLimitFilter(RateLimitStore store, GatewayProperties.RateLimits limits, MeterRegistry meters) {
		this.store = store;
		this.limits.put(Policy.AUTHENTICATION, limits.authentication());
		this.limits.put(Policy.AUTHENTICATED, limits.authenticated());
		this.limits.put(Policy.ANONYMOUS, limits.anonymous());
		// Registered up front, at zero, so that an increase() alert sees the very first
		// refusal.
		for (Policy policy : Policy.values()) {
			this.refusals.put(policy, meters.counter("nexus.gateway.rate.limited", "policy", policy.tag()));
		}
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (!path.startsWith("/api/") && !path.equals("/graphql")) {
			return chain.filter(exchange);
		}
		if (isAuthentication(exchange, path)) {
			return limit(exchange, chain, Policy.AUTHENTICATION, clientAddress(exchange));
		}
		// Decide who is counted first, then count once: the chain completes empty, so a
		// fallback after it would count an authenticated request a second time as
		// anonymous.
		return exchange.getPrincipal()
			.filter(JwtAuthenticationToken.class::isInstance)
			.map((user) -> new Caller(Policy.AUTHENTICATED, user.getName()))
			.switchIfEmpty(Mono.fromSupplier(() -> new Caller(Policy.ANONYMOUS, clientAddress(exchange))))
			.flatMap((caller) -> limit(exchange, chain, caller.policy(), caller.key()));
	}

	private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, Policy policy, String caller) {
		GatewayProperties.Limit limit = this.limits.get(policy);
		return this.store.hit(policy.tag() + ":" + caller, limit.requests(), limit.window()).flatMap((decision) -> {
			exchange.getResponse().getHeaders().set("RateLimit-Remaining", Long.toString(decision.remaining()));
			if (decision.allowed()) {
				return chain.filter(exchange);
			}
			this.refusals.get(policy).increment();
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

	/** Who is counted, and by which key. */
	private enum Policy {

		/** Login, registration and refresh, per client address. */
		AUTHENTICATION,
		/** Other requests with a token, per user. */
		AUTHENTICATED,
		/** Other requests without a token, per client address. */
		ANONYMOUS;

		String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private record Caller(Policy policy, String key) {
	}

	@Override
	public int getOrder() {
		// After Spring Security's filter chain (-100), so the principal is known.
		return 0;
	}

}
