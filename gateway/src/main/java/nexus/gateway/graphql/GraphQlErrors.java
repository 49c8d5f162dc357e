package nexus.gateway.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Classifies what the services answered into GraphQL errors: {@code NOT_FOUND},
 * {@code UNAUTHORIZED}, {@code FORBIDDEN}, {@code BAD_REQUEST} (invalid input, conflicts,
 * refused business rules, with the service's problem type), and {@code UNAVAILABLE} when
 * a service cannot answer.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
		if (ex instanceof DownstreamClientError refused) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(classify(refused.status()))
				.message(refused.getMessage())
				.extensions(Map.of("status", refused.status(), "problemType", refused.problemType(), "service",
						refused.service()))
				.build();
		}
		if (ex instanceof RequestBudget.Exceeded exceeded) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(Limits.QUERY_TOO_COSTLY)
				.message(exceeded.getMessage())
				.build();
		}
		if (ex instanceof ServiceUnavailable unavailable) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(Unavailable.UNAVAILABLE)
				.message(unavailable.getMessage())
				.extensions(Map.of("service", unavailable.service()))
				.build();
		}
		return null;
	}

	private static ErrorType classify(int status) {
		return switch (status) {
			case 401 -> ErrorType.UNAUTHORIZED;
			case 403 -> ErrorType.FORBIDDEN;
			case 404 -> ErrorType.NOT_FOUND;
			default -> ErrorType.BAD_REQUEST;
		};
	}

	/** A limit of the gateway refused the query, or part of it. */
	enum Limits implements graphql.ErrorClassification {

		/** The query costs more than one request may. */
		QUERY_TOO_COSTLY,
		/** The caller's budget (cost units, or credential operations) is spent. */
		RATE_LIMITED

	}

	/** A service could not answer. */
	enum Unavailable implements graphql.ErrorClassification {

		UNAVAILABLE

	}

}
