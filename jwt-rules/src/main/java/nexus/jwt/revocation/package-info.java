/**
 * Revoked access tokens: the per-user not-before instants that user-service decides
 * (deactivation, role change, password change, sign-out everywhere) and publishes as
 * {@code UserAccessRevoked}. {@link nexus.jwt.revocation.RevocationView} keeps them in
 * memory; {@link nexus.jwt.revocation.RevocationFeed} fills it from the users topic,
 * replaying the last {@code lookback} at every start so the view survives a restart;
 * {@link nexus.jwt.revocation.RevokedTokenValidator} refuses a token issued before its
 * user's instant. The gateway and every service use the same three.
 */
@NullMarked
package nexus.jwt.revocation;

import org.jspecify.annotations.NullMarked;
