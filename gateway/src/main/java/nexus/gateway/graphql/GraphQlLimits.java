package nexus.gateway.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import nexus.gateway.GatewayProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses a query that is too deep or selects too many fields, while it is validated:
 * before any service is called.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimits {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(GatewayProperties properties) {
		return new MaxQueryDepthInstrumentation(properties.graphql().maxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(GatewayProperties properties) {
		return new MaxQueryComplexityInstrumentation(properties.graphql().maxComplexity());
	}

}
