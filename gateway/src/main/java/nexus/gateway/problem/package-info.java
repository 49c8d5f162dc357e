/**
 * The gateway's own refusals as problem details in the services' shape (docs/api.md):
 * {@link nexus.gateway.problem.GatewayProblems} writes them,
 * {@link nexus.gateway.problem.ProblemExceptionHandler} answers the errors the gateway
 * raises, and {@link nexus.gateway.problem.ServerProblems} fills the empty answers of the
 * web server and the security firewall. What a service answers passes through unchanged.
 */
@NullMarked
package nexus.gateway.problem;

import org.jspecify.annotations.NullMarked;
