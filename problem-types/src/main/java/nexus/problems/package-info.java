/**
 * The API's problem types: {@link nexus.problems.ProblemTypes} names every refusal's
 * {@code type} URI and the generic type of each HTTP status, once for the gateway
 * (reactive) and the services (servlet). Writing the problem body is each side's own
 * business; what a type is called is not.
 */
@NullMarked
package nexus.problems;

import org.jspecify.annotations.NullMarked;
