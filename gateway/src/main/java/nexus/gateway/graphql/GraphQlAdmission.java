package nexus.gateway.graphql;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import nexus.gateway.GatewayProperties;
import nexus.gateway.limits.RateLimiter;
import nexus.gateway.limits.RateLimiter.Policy;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Admits a GraphQL request before anything runs, so a refused one calls no service:
 * <ul>
 * <li>its cost ({@link GraphQlCost}) must be within
 * {@code nexus.gateway.graphql.max-cost} (else {@code QUERY_TOO_COSTLY});</li>
 * <li>every credential operation ({@code login}, {@code register}, {@code refreshToken},
 * each alias on its own) is charged to the client address's authentication bucket, the
 * same as REST login's;</li>
 * <li>its cost is charged to the caller's GraphQL budget, in cost units, per user or
 * client address.</li>
 * </ul>
 * An empty bucket refuses the whole request with {@code RATE_LIMITED} and
 * {@code Retry-After}. Introspection alone (GraphiQL's schema explorer) is exempt, as it
 * is from the depth and complexity limits.
 */
@Component
@Order(0)
class GraphQlAdmission implements WebGraphQlInterceptor {

	private static final Set<String> CREDENTIALS = Set.of("login", "register", "refreshToken");

	private final GraphQlSource source;

	private final RateLimiter limiter;

	private final GraphQlCost cost;

	private final int maxCost;

	GraphQlAdmission(GraphQlSource source, RateLimiter limiter, GatewayProperties properties) {
		this.source = source;
		this.limiter = limiter;
		this.cost = new GraphQlCost(properties.graphql().listSize());
		this.maxCost = properties.graphql().maxCost();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Document document;
		OperationDefinition operation;
		int units;
		try {
			document = Parser.parse(request.getDocument());
			operation = operation(document, request.getOperationName());
			if (operation == null || introspectionOnly(operation)) {
				return chain.next(request);
			}
			units = this.cost.of(this.source.schema(), document, request.getOperationName(), request.getVariables());
		}
		catch (RuntimeException invalid) {
			// Not a valid document: validation answers it, calling nothing.
			return chain.next(request);
		}
		if (units > this.maxCost) {
			return refuse(request, GraphQlErrors.Limits.QUERY_TOO_COSTLY, "The query costs " + units
					+ " units, more than the " + this.maxCost
					+ " one request may cost (each field 1, times the size of every list around it); ask for fewer or smaller lists",
					Map.of("cost", units, "maxCost", this.maxCost), 0);
		}
		int credentials = (operation.getOperation() == OperationDefinition.Operation.MUTATION)
				? credentialOperations(document, operation.getSelectionSet()) : 0;
		String address = address(request);
		Mono<RateLimiter.Verdict> authentication = (credentials > 0)
				? this.limiter.take(Policy.AUTHENTICATION, address, credentials)
				: Mono.just(new RateLimiter.Verdict(true, 0, 0, null));
		return authentication.flatMap((first) -> {
			if (!first.allowed()) {
				return refuse(request, GraphQlErrors.Limits.RATE_LIMITED,
						credentials + " credential operations: " + first.detail(),
						Map.of("retryAfter", first.retryAfterSeconds()), first.retryAfterSeconds());
			}
			return caller(address).flatMap((caller) -> this.limiter.take(Policy.GRAPHQL, caller, units))
				.flatMap((budget) -> {
					if (!budget.allowed()) {
						return refuse(request, GraphQlErrors.Limits.RATE_LIMITED,
								"GraphQL budget spent (this query costs " + units + " units): " + budget.detail(),
								Map.of("cost", units, "retryAfter", budget.retryAfterSeconds()),
								budget.retryAfterSeconds());
					}
					return chain.next(request);
				});
		});
	}

	private static Mono<String> caller(String address) {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull((security) -> security.getAuthentication())
			.filter(JwtAuthenticationToken.class::isInstance)
			.map((user) -> "user:" + user.getName())
			.defaultIfEmpty(address);
	}

	private static String address(WebGraphQlRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown";
	}

	private static Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, ErrorClassification classification,
			String message, Map<String, Object> extensions, long retryAfterSeconds) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.errorType(classification)
				.message(message)
				.extensions(extensions)
				.build())
			.build();
		WebGraphQlResponse response = new WebGraphQlResponse(
				new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
		if (retryAfterSeconds > 0) {
			response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		}
		return Mono.just(response);
	}

	private static @Nullable OperationDefinition operation(Document document, @Nullable String name) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (name == null) {
			return (operations.size() == 1) ? operations.get(0) : null;
		}
		return operations.stream().filter((operation) -> name.equals(operation.getName())).findFirst().orElse(null);
	}

	private static boolean introspectionOnly(OperationDefinition operation) {
		return operation.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch((selection) -> selection instanceof Field field && field.getName().startsWith("__"));
	}

	private static int credentialOperations(Document document, SelectionSet selections) {
		int count = 0;
		List<Selection> pending = new ArrayList<>(selections.getSelections());
		int visited = 0;
		while (!pending.isEmpty() && visited++ < 10_000) {
			Selection<?> selection = pending.remove(pending.size() - 1);
			if (selection instanceof Field field) {
				count += CREDENTIALS.contains(field.getName()) ? 1 : 0;
			}
			else if (selection instanceof InlineFragment inline) {
				pending.addAll(inline.getSelectionSet().getSelections());
			}
			else if (selection instanceof FragmentSpread spread) {
				document.getDefinitionsOfType(FragmentDefinition.class)
					.stream()
					.filter((fragment) -> fragment.getName().equals(spread.getName()))
					.findFirst()
					.ifPresent((fragment) -> pending.addAll(fragment.getSelectionSet().getSelections()));
			}
		}
		return count;
	}

}
