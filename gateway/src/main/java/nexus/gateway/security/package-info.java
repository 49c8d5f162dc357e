/**
 * Tokens at the edge ({@link nexus.gateway.security.GatewaySecurity}): the gateway checks
 * every access token itself, with the rules of {@code jwt-rules} and a revocation view of
 * its own, lets public reads and authentication through, keeps administrators'
 * operations, its actuator and the console's data to administrators, and passes the token
 * on, which each service checks again. {@link nexus.gateway.security.ManagementPort}
 * recognises the actuator's own port, on which every actuator endpoint is open (ADR
 * 0008). CORS is decided here too.
 */
@NullMarked
package nexus.gateway.security;

import org.jspecify.annotations.NullMarked;
