package nexus.gateway.limits;

import nexus.gateway.GatewayProperties;
import nexus.gateway.problem.GatewayProblems;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a request whose declared body is over the limit with 413, before anything reads
 * it or forwards it. Multipart uploads (product images) have a larger limit.
 */
@Component
class RequestSizeFilter implements WebFilter, Ordered {

	private final GatewayProperties properties;

	RequestSizeFilter(GatewayProperties properties) {
		this.properties = properties;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long length = exchange.getRequest().getHeaders().getContentLength();
		MediaType type = exchange.getRequest().getHeaders().getContentType();
		boolean upload = type != null && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type);
		long limit = (upload ? this.properties.maxUploadSize() : this.properties.maxBodySize()).toBytes();
		if (length > limit) {
			return GatewayProblems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
					"Payload too large", "The request body is larger than " + limit + " bytes");
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
