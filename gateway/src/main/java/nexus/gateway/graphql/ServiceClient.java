package nexus.gateway.graphql;

import java.util.Map;
import java.util.function.Function;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;

/**
 * Calls one service's REST API for GraphQL, with the caller's token and request id,
 * through a bulkhead and a circuit breaker of GraphQL's own ({@code graphql-<service>}),
 * so that GraphQL load never opens the REST route's breaker. Each call counts against the
 * request's cap ({@link RequestBudget}). A 4xx becomes a {@link DownstreamClientError};
 * anything else that goes wrong a {@link ServiceUnavailable}. A full bulkhead is refused
 * at once and never counts as the service's failure.
 */
class ServiceClient {

	private final String name;

	private final WebClient web;

	private final ReactiveCircuitBreaker breaker;

	private final Bulkhead bulkhead;

	ServiceClient(String name, WebClient web, ReactiveCircuitBreaker breaker, Bulkhead bulkhead) {
		this.name = name;
		this.web = web;
		this.breaker = breaker;
		this.bulkhead = bulkhead;
	}

	<T> Mono<T> get(Function<UriBuilder, java.net.URI> uri, ParameterizedTypeReference<T> type, CallContext call) {
		return exchange(HttpMethod.GET, uri, null, type, call, Map.of());
	}

	<T> Mono<T> send(HttpMethod method, Function<UriBuilder, java.net.URI> uri, @Nullable Object body,
			ParameterizedTypeReference<T> type, CallContext call, Map<String, String> headers) {
		return exchange(method, uri, body, type, call, headers);
	}

	Mono<Boolean> delete(Function<UriBuilder, java.net.URI> uri, CallContext call) {
		return exchange(HttpMethod.DELETE, uri, null, new ParameterizedTypeReference<Void>() {
		}, call, Map.of()).thenReturn(true);
	}

	private <T> Mono<T> exchange(HttpMethod method, Function<UriBuilder, java.net.URI> uri, @Nullable Object body,
			ParameterizedTypeReference<T> type, CallContext call, Map<String, String> headers) {
		WebClient.RequestBodySpec request = this.web.method(method).uri(uri).headers((http) -> {
			if (call.authorization() != null) {
				http.set(HttpHeaders.AUTHORIZATION, call.authorization());
			}
			if (call.requestId() != null) {
				http.set("X-Request-Id", call.requestId());
			}
			if (call.clientAddress() != null) {
				http.set("X-Forwarded-For", call.clientAddress());
			}
			headers.forEach(http::set);
		});
		WebClient.RequestHeadersSpec<?> ready = (body != null) ? request.bodyValue(body) : request;
		Mono<T> result = ready.exchangeToMono(
				(response) -> response.statusCode().isError() ? refusal(response) : response.bodyToMono(type));
		Mono<T> guarded = this.breaker
			.run(result,
					(failure) -> (failure instanceof DownstreamClientError) ? Mono.error(failure)
							: Mono.error(new ServiceUnavailable(this.name, failure)))
			.transformDeferred(BulkheadOperator.of(this.bulkhead))
			.onErrorMap(BulkheadFullException.class, (full) -> new ServiceUnavailable(this.name, full));
		return Mono.defer(() -> {
			if (call.budget() != null) {
				call.budget().call();
			}
			return guarded;
		}).doOnNext((answer) -> {
			if (call.budget() != null && answer instanceof ApiTypes.Page<?> page && page.content() != null) {
				call.budget().items(page.content().size());
			}
		});
	}

	private <T> Mono<T> refusal(ClientResponse response) {
		int status = response.statusCode().value();
		return response.bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {
		}).defaultIfEmpty(Map.of()).flatMap((problem) -> {
			String detail = String.valueOf(problem.getOrDefault("detail", "The service refused the request"));
			if (status >= 500) {
				return Mono.error(new IllegalStateException(this.name + " answered " + status + ": " + detail));
			}
			String type = String.valueOf(problem.getOrDefault("type", ""));
			return Mono.error(new DownstreamClientError(this.name, status, type, detail));
		});
	}

}
