/**
 * Every service as a JWT resource server
 * ({@link nexus.platform.security.NexusSecurityAutoConfiguration}): each checks every
 * access token itself, with the rules of {@code jwt-rules} and the service's view of
 * revoked tokens, answers 401 and 403 as problem details, and lets through without a
 * token only the {@link nexus.platform.security.PublicEndpoints} a service declares.
 * {@link nexus.platform.security.Caller} is who a request is for. Issuing tokens is
 * user-service's; what a caller may do with a resource is each service's own rule.
 */
@NullMarked
package nexus.platform.security;

import org.jspecify.annotations.NullMarked;
