package nexus.gateway.problem;

import nexus.problems.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Errors the gateway raises itself (no route, malformed request, an unexpected failure)
 * as problem details. A 500 says nothing about its cause; the cause is logged.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (ex instanceof ResponseStatusException status) {
			HttpStatus code = HttpStatus.resolve(status.getStatusCode().value());
			if (code != null && !code.is5xxServerError()) {
				return GatewayProblems.write(exchange, code, ProblemTypes.slugFor(code.value()), code.getReasonPhrase(),
						(status.getReason() != null) ? status.getReason() : code.getReasonPhrase());
			}
		}
		log.error("Unexpected gateway error for {} {}", exchange.getRequest().getMethod(),
				exchange.getRequest().getPath(), ex);
		return GatewayProblems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"Something went wrong on our side; quote the correlation id when reporting it");
	}

}
