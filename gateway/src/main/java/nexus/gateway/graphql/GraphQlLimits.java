package nexus.gateway.graphql;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.introspection.GoodFaithIntrospection;
import graphql.language.Field;
import nexus.gateway.GatewayProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses a query that is too deep or selects too many fields, while it is validated:
 * before any service is called.
 * <p>
 * An operation that selects only introspection fields ({@code __schema}, {@code __type},
 * {@code __typename}) is exempt: GraphiQL's introspection query is 15 levels deep, and it
 * reads the schema, not the services. graphql-java's good-faith introspection check
 * bounds such queries instead (it refuses repeated {@code __schema} or {@code __type} and
 * overly deep type references). An operation that mixes introspection with data is
 * counted whole.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimits {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(GatewayProperties properties) {
		return new MaxQueryDepthInstrumentation(properties.graphql().maxDepth()) {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return introspectionOnly(parameters.getExecutionContext()) ? SimpleInstrumentationContext.noOp()
						: super.beginExecuteOperation(parameters, state);
			}

		};
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(GatewayProperties properties) {
		return new MaxQueryComplexityInstrumentation(properties.graphql().maxComplexity()) {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return introspectionOnly(parameters.getExecutionContext()) ? SimpleInstrumentationContext.noOp()
						: super.beginExecuteOperation(parameters, state);
			}

		};
	}

	/**
	 * Whether every top-level selection of the operation is an introspection field, and
	 * graphql-java's good-faith check, which bounds introspection, is on.
	 * @param execution the operation being executed
	 * @return whether the limits may skip it
	 */
	static boolean introspectionOnly(ExecutionContext execution) {
		return GoodFaithIntrospection.isEnabledJvmWide() && execution.getOperationDefinition()
			.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch((selection) -> selection instanceof Field field && field.getName().startsWith("__"));
	}

}
