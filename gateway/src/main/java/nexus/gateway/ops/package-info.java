/**
 * The operator's console: its page, what it shows of the gateway itself (circuit
 * breakers, rate-limit refusals; {@link nexus.gateway.ops.OpsController}), and the routes
 * through which it reads the services' own actuator endpoints, for administrators only
 * ({@link nexus.gateway.ops.OpsRoutes}). What it shows of a service is the service's own;
 * the gateway only routes to it. See ADR 0008.
 */
@NullMarked
package nexus.gateway.ops;

import org.jspecify.annotations.NullMarked;
