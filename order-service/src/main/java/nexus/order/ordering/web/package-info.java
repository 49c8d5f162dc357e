/**
 * The orders' HTTP adapter: placing ({@code Idempotency-Key}), reading, listing,
 * cancelling, and the administrators' shipping and delivery.
 */
@NullMarked
package nexus.order.ordering.web;

import org.jspecify.annotations.NullMarked;
