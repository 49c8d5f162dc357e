package nexus.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;

import nexus.gateway.GatewayProperties;
import nexus.gateway.problem.GatewayProblems;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a request body over the limit with 413. A declared {@code Content-Length} over
 * it is refused before anything reads or forwards the body; a body without one (chunked)
 * is counted while it streams, and the first chunk past the limit ends it with
 * {@link PayloadTooLarge} (answered 413, whether the body was on its way to a service or
 * to GraphQL), so it is never read whole. Multipart uploads (product images) have a
 * larger limit.
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
		if (length >= 0) {
			return chain.filter(exchange);
		}
		ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {

			@Override
			public Flux<DataBuffer> getBody() {
				AtomicLong seen = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (seen.addAndGet(buffer.readableByteCount()) > limit) {
						DataBufferUtils.release(buffer);
						sink.error(new PayloadTooLarge(limit));
					}
					else {
						sink.next(buffer);
					}
				});
			}

		};
		return chain.filter(exchange.mutate().request(counted).build());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
