package nexus.gateway.observability;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Takes the client's {@code X-Request-Id} (when it is safe to log and echo) or makes one,
 * passes it on to the service that handles the request, and returns it once on every
 * response, including the gateway's own refusals.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

	/** The header. */
	public static final String HEADER = "X-Request-Id";

	private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	/**
	 * The request id of an exchange.
	 * @param exchange the exchange
	 * @return the id, or {@code null} before this filter ran
	 */
	public static @Nullable String requestId(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String candidate = exchange.getRequest().getHeaders().getFirst(HEADER);
		String id = (candidate != null && ACCEPTABLE.matcher(candidate).matches()) ? candidate
				: UUID.randomUUID().toString();
		exchange.getAttributes().put(ATTRIBUTE, id);
		exchange.getResponse().getHeaders().set(HEADER, id);
		// The service echoes the id too, and the proxy adds the service's headers to the
		// response: set it once more just before the response goes out, so that it is
		// there exactly once.
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(HEADER, id);
			return Mono.empty();
		});
		ServerHttpRequest request = exchange.getRequest()
			.mutate()
			.headers((headers) -> headers.set(HEADER, id))
			.build();
		return chain.filter(exchange.mutate().request(request).build());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
