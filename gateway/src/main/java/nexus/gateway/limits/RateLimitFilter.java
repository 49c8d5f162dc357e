package nexus.gateway.limits;

import java.util.Set;

import nexus.gateway.limits.RateLimiter.Policy;
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
 * Limits requests to the API and GraphQL, deciding on the normalised, decoded path
 * ({@link RequestPaths}): credential operations (login, registration, refresh) per client
 * address (strictest); reads of the public catalogue and its images in a generous budget
 * of their own; other requests per user when they carry a token, else per client address.
 * Over the limit: 429 problem details with {@code Retry-After}. Runs after security, so
 * it knows the user.
 */
class RateLimitFilter implements WebFilter, Ordered {

	private static final Set<String> CREDENTIALS = Set.of("/api/auth/login", "/api/auth/register", "/api/auth/refresh");

	private final RateLimiter limiter;

	RateLimitFilter(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = RequestPaths.normalised(exchange.getRequest().getPath().value());
		if (!path.startsWith("/api/") && !path.equals("/graphql")) {
			return chain.filter(exchange);
		}
		if (CREDENTIALS.contains(path)) {
			return limit(exchange, chain, Policy.AUTHENTICATION, ClientAddress.of(exchange));
		}
		HttpMethod method = exchange.getRequest().getMethod();
		boolean publicRead = (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
				&& path.startsWith("/api/catalog/");
		// Decide who is counted first, then count once: the chain completes empty, so a
		// fallback after it would count an authenticated request a second time as
		// anonymous.
		return exchange.getPrincipal()
			.filter(JwtAuthenticationToken.class::isInstance)
			.map((user) -> new Caller(publicRead ? Policy.PUBLIC_READS : Policy.AUTHENTICATED,
					"user:" + user.getName()))
			.switchIfEmpty(Mono.fromSupplier(
					() -> new Caller(publicRead ? Policy.PUBLIC_READS : Policy.ANONYMOUS, ClientAddress.of(exchange))))
			.flatMap((caller) -> limit(exchange, chain, caller.policy(), caller.key()));
	}

	private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, Policy policy, String caller) {
		return this.limiter.take(policy, caller, 1).flatMap((verdict) -> {
			exchange.getResponse().getHeaders().set("RateLimit-Remaining", Long.toString(verdict.remaining()));
			if (verdict.allowed()) {
				return chain.filter(exchange);
			}
			exchange.getResponse()
				.getHeaders()
				.set(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
			return GatewayProblems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
					verdict.detail());
		});
	}

	private record Caller(Policy policy, String key) {
	}

	@Override
	public int getOrder() {
		// After Spring Security's filter chain (-100), so the principal is known.
		return 0;
	}

}
