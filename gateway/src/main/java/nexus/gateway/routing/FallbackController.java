package nexus.gateway.routing;

import java.util.Map;

import nexus.gateway.limits.PayloadTooLarge;
import nexus.gateway.problem.GatewayProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a client gets when a service cannot answer (down, too slow, or its circuit breaker
 * is open): 503 problem details naming the service, with {@code Retry-After}.
 */
@RestController
class FallbackController {

	private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

	@RequestMapping("/fallback/{service}")
	ResponseEntity<Map<String, Object>> unavailable(@PathVariable String service, ServerWebExchange exchange) {
		Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		if (PayloadTooLarge.causedBy(cause)) {
			// The client's body was over its limit while it streamed: its fault, not the
			// service's (the breaker ignores it).
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(GatewayProblems.body(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
						"Payload too large", "The request body is larger than the gateway accepts"));
		}
		log.warn("{} unavailable for {} {}: {}", service, exchange.getRequest().getMethod(),
				exchange.getRequest().getPath(), (cause != null) ? cause.toString() : "circuit open");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.RETRY_AFTER, "10")
			.body(GatewayProblems.body(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
					"Service unavailable", service + " is unavailable right now; try again shortly"));
	}

}
