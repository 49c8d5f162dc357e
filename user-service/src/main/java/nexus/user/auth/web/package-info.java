/**
 * Login, refresh and logout over HTTP, the answers to what does not authenticate (401,
 * 429 with {@code Retry-After}), and which of these endpoints need no token. Request
 * records are validated before a controller reads them.
 */
@NullMarked
package nexus.user.auth.web;

import org.jspecify.annotations.NullMarked;
