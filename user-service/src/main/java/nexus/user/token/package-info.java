/**
 * Tokens: signed RS256 access tokens, opaque refresh tokens that rotate on every use with
 * reuse detection, and the signing keys (loaded from a directory, generated locally when
 * allowed, published as a JWKS).
 */
@NullMarked
package nexus.user.token;

import org.jspecify.annotations.NullMarked;
