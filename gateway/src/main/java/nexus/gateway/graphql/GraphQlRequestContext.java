package nexus.gateway.graphql;

import java.net.InetSocketAddress;

import nexus.gateway.GatewayProperties;
import nexus.gateway.observability.RequestIdFilter;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Copies the caller's token, request id and address into the GraphQL context, for the
 * resolvers to pass on to the services, with a fresh cap on the request's downstream
 * calls and items.
 */
@Component
class GraphQlRequestContext implements WebGraphQlInterceptor {

	private final GatewayProperties.Graphql limits;

	GraphQlRequestContext(GatewayProperties properties) {
		this.limits = properties.graphql();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		String requestId = request.getHeaders().getFirst(RequestIdFilter.HEADER);
		InetSocketAddress remote = request.getRemoteAddress();
		String clientAddress = (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress()
				: null;
		request.configureExecutionInput((input, builder) -> builder.graphQLContext((context) -> {
			if (authorization != null) {
				context.put(CallContext.AUTHORIZATION, authorization);
			}
			if (requestId != null) {
				context.put(CallContext.REQUEST_ID, requestId);
			}
			if (clientAddress != null) {
				context.put(CallContext.CLIENT_ADDRESS, clientAddress);
			}
			context.put(CallContext.BUDGET,
					new RequestBudget(this.limits.maxDownstreamCalls(), this.limits.maxItems()));
		}).build());
		return chain.next(request);
	}

}
