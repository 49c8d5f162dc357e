/**
 * What lets a request be followed from the edge:
 * {@link nexus.gateway.observability.RequestIdFilter} takes or makes its
 * {@code X-Request-Id}, passes it on to the service and returns it once on the response,
 * and {@link nexus.gateway.observability.AccessLogFilter} logs one line per request with
 * it. Metrics and tracing are Spring Boot's, configured in {@code application.yml}.
 */
@NullMarked
package nexus.gateway.observability;

import org.jspecify.annotations.NullMarked;
