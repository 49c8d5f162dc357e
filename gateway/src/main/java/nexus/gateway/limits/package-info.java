/**
 * What the gateway limits, before any route: who the client is
 * ({@link nexus.gateway.limits.TrustedProxyFilter}, by the shared trusted-proxies rule),
 * rate limits per policy and caller in token buckets kept in memory or in Redis
 * ({@link nexus.gateway.limits.RateLimiter},
 * {@link nexus.gateway.limits.RateLimitFilter}), body sizes while they stream
 * ({@link nexus.gateway.limits.RequestSizeFilter}) and the one concurrency limit in front
 * of everything ({@link nexus.gateway.limits.ConcurrencyLimitFilter}). Each refusal is a
 * problem document with its own status; the services' own limits (login throttling, page
 * sizes) stay theirs. See ADR 0009.
 */
@NullMarked
package nexus.gateway.limits;

import org.jspecify.annotations.NullMarked;
