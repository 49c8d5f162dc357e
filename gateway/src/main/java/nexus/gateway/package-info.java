/**
 * The gateway, the only door for clients: the application class and
 * {@link nexus.gateway.GatewayProperties}, its own settings. Each concern is a package of
 * its own: {@code security} (tokens), {@code limits} (who the client is, rate, size and
 * concurrency limits), {@code routing} (what a client gets when a service cannot answer;
 * the routes to the services are in {@code application.yml}), {@code graphql},
 * {@code docs}, {@code ops} (the operator's console), {@code observability} and
 * {@code problem}. The gateway keeps no business rule and no data of its own: the
 * services decide.
 */
@NullMarked
package nexus.gateway;

import org.jspecify.annotations.NullMarked;
