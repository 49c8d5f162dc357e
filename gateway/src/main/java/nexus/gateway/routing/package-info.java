/**
 * What a client gets when a route's service cannot answer (down, too slow, or its breaker
 * open): {@link nexus.gateway.routing.FallbackController}'s 503 naming the service, or
 * 413 when the client's own body was too large. The routes, their timeouts, retries and
 * circuit breakers are declared in {@code application.yml}.
 */
@NullMarked
package nexus.gateway.routing;

import org.jspecify.annotations.NullMarked;
