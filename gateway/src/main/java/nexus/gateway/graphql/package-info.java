/**
 * GraphQL over the services' REST APIs: resolvers per service
 * ({@link nexus.gateway.graphql.CatalogGraphQl},
 * {@link nexus.gateway.graphql.OrderGraphQl}, {@link nexus.gateway.graphql.UserGraphQl})
 * call them through {@link nexus.gateway.graphql.ServiceClient}s with breakers and
 * bulkheads of GraphQL's own, passing on the caller's token, request id and address, and
 * batch what a page asks for. A request is checked before anything runs
 * ({@link nexus.gateway.graphql.GraphQlLimits}: depth and complexity;
 * {@link nexus.gateway.graphql.GraphQlAdmission}: cost and rate limits) and capped while
 * it runs ({@link nexus.gateway.graphql.RequestBudget}). GraphQL holds no rule and no
 * data of its own: what the services answer, it passes on.
 */
@NullMarked
package nexus.gateway.graphql;

import org.jspecify.annotations.NullMarked;
