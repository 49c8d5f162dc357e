/**
 * What the gateway serves to read about the API: the AsyncAPI document of every topic and
 * event ({@link nexus.gateway.docs.AsyncApiController}, built by {@code common-events})
 * and GraphiQL with its assets served locally
 * ({@link nexus.gateway.docs.GraphiqlController}). The services' OpenAPI documents are
 * theirs; the gateway only routes to them for its one Swagger UI.
 */
@NullMarked
package nexus.gateway.docs;

import org.jspecify.annotations.NullMarked;
