package nexus.gateway.limits;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nexus.gateway.problem.GatewayProblems;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The gateway's one concurrency limit, in front of every route and GraphQL, outside the
 * circuit breakers: a request that gets no permit within the short wait is answered 503
 * {@code gateway-saturated} with {@code Retry-After}, and no breaker ever sees it (so
 * being busy never opens a breaker; only timeouts, connection errors and 5xx of a service
 * do). Refusals are counted in {@code nexus_gateway_saturated_total}; permits in use and
 * waiting requests are gauges.
 */
class ConcurrencyLimitFilter implements WebFilter, Ordered {

	private final ConcurrencyLimit limit;

	private final Counter refusals;

	ConcurrencyLimitFilter(ConcurrencyLimit limit, MeterRegistry meters) {
		this.limit = limit;
		this.refusals = meters.counter("nexus.gateway.saturated");
		Gauge.builder("nexus.gateway.concurrency.in.use", limit, ConcurrencyLimit::inUse).register(meters);
		Gauge.builder("nexus.gateway.concurrency.waiting", limit, ConcurrencyLimit::waiting).register(meters);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = RequestPaths.normalised(exchange.getRequest().getPath().value());
		if (!path.startsWith("/api/") && !path.equals("/graphql")) {
			return chain.filter(exchange);
		}
		return this.limit.acquire().flatMap((granted) -> {
			if (granted) {
				return chain.filter(exchange).doFinally((signal) -> this.limit.release());
			}
			this.refusals.increment();
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
			return GatewayProblems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "gateway-saturated",
					"Gateway saturated", "The gateway is working on as many requests as it allows; retry after 1 s");
		});
	}

	@Override
	public int getOrder() {
		// After the rate limits (0): a refused caller never holds a permit.
		return 10;
	}

}
