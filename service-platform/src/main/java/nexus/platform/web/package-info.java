/**
 * The HTTP conventions every service keeps (docs/api.md), applied once: errors as problem
 * details ({@link nexus.platform.web.ProblemDetailsAdvice}, which also maps the domain's
 * refusals, and {@link nexus.platform.web.Problems}), strict JSON and control-character
 * checks, body size limits, the {@code X-Request-Id} filter, paging and sorting
 * parameters ({@link nexus.platform.web.Paging},
 * {@link nexus.platform.web.PageResponse}), ETags, the client's address behind trusted
 * proxies, and the OpenAPI document's conventions
 * ({@link nexus.platform.web.ApiContract}). Wired by
 * {@link nexus.platform.web.WebAutoConfiguration}. No rule of any service lives here.
 */
@NullMarked
package nexus.platform.web;

import org.jspecify.annotations.NullMarked;
