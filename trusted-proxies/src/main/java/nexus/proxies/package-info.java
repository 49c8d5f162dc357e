/**
 * Who the client of a request is. A request's peer is its client unless the peer is a
 * configured trusted proxy (the gateway, a load balancer, a CDN); only then does
 * {@code X-Forwarded-For} count, read from the right and past every trusted hop. The
 * gateway and the services (login throttling) decide by this one rule, so no caller can
 * pick the address it is counted by.
 */
@NullMarked
package nexus.proxies;

import org.jspecify.annotations.NullMarked;
