/**
 * What lets one request be followed through logs, metrics and traces across services:
 * {@link nexus.platform.observability.CorrelationContext} (the request's
 * {@code X-Request-Id}, which its events carry as their correlation id, and the acting
 * user, both in the logging MDC),
 * {@link nexus.platform.observability.TraceContextCapture} (trace context carried into
 * events and work that runs later), stable metric labels, and the platform's property
 * defaults behind every service's own. Dashboards and alert rules live in
 * {@code deploy/}, not here.
 */
@NullMarked
package nexus.platform.observability;

import org.jspecify.annotations.NullMarked;
