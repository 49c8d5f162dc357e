package nexus.gateway.graphql;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;

/**
 * What a GraphQL request passes on to every service it calls: the caller's token, the
 * request id, and the client's address (for user-service's login throttling); and the
 * request's cap on downstream calls and items.
 *
 * @param authorization the {@code Authorization} header, or {@code null}
 * @param requestId the {@code X-Request-Id}, or {@code null} outside a request
 * @param clientAddress the client's address, or {@code null}
 * @param budget the request's cap, or {@code null} when there is none
 */
record CallContext(@Nullable String authorization, @Nullable String requestId, @Nullable String clientAddress,
		@Nullable RequestBudget budget) {

	static final String AUTHORIZATION = "nexus.authorization";

	static final String REQUEST_ID = "nexus.requestId";

	static final String CLIENT_ADDRESS = "nexus.clientAddress";

	static final String BUDGET = "nexus.budget";

	static CallContext of(GraphQLContext context) {
		return new CallContext(context.get(AUTHORIZATION), context.get(REQUEST_ID), context.get(CLIENT_ADDRESS),
				context.get(BUDGET));
	}

}
