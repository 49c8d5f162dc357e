package nexus.gateway.problem;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import nexus.gateway.observability.RequestIdFilter;
import nexus.problems.ProblemTypes;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * Problem details (RFC 9457) written by the gateway itself, in the same shape as the
 * services' (docs/api.md): {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance} and {@code correlationId}.
 */
public final class GatewayProblems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GatewayProblems() {
	}

	/**
	 * The problem's members.
	 * @param exchange the exchange
	 * @param status the status
	 * @param type the type slug
	 * @param title a short summary
	 * @param detail what happened
	 * @return the JSON members, in order
	 */
	public static Map<String, Object> body(ServerWebExchange exchange, HttpStatus status, String type, String title,
			String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ProblemTypes.of(type).toString());
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", exchange.getRequest().getPath().value());
		String correlationId = RequestIdFilter.requestId(exchange);
		if (correlationId != null) {
			problem.put("correlationId", correlationId);
		}
		return problem;
	}

	/**
	 * Writes a problem as the whole response.
	 * @param exchange the exchange
	 * @param status the status
	 * @param type the type slug
	 * @param title a short summary
	 * @param detail what happened
	 * @return completion
	 */
	public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title,
			String detail) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] json = JSON.writeValueAsString(body(exchange, status, type, title, detail))
			.getBytes(StandardCharsets.UTF_8);
		DataBuffer buffer = response.bufferFactory().wrap(json);
		return response.writeWith(Mono.just(buffer));
	}

}
