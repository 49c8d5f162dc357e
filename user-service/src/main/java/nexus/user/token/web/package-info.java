/**
 * The public keys that verify access tokens, over HTTP ({@code /.well-known/jwks.json}),
 * and the declaration that they need no token.
 */
@NullMarked
package nexus.user.token.web;

import org.jspecify.annotations.NullMarked;
