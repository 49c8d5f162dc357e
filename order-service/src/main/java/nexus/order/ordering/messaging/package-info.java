/**
 * Feeds the catalogue's stock answers ({@code nexus.catalog.stock.v1}) to the order saga,
 * in the saga's terms.
 */
@NullMarked
package nexus.order.ordering.messaging;

import org.jspecify.annotations.NullMarked;
