/**
 * What every component that accepts a Nexus access token checks besides its signature:
 * {@link nexus.jwt.JwtRules} (issuer, audience, expiry, and the {@code roles} claim as
 * {@code ROLE_*} authorities). Which keys sign the tokens and how they are issued is
 * user-service's; which tokens are revoked is the {@code revocation} sub-package. The
 * gateway and every service build their decoders from the same rules.
 */
@NullMarked
package nexus.jwt;

import org.jspecify.annotations.NullMarked;
