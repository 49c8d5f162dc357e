/**
 * Feeds the product copy from {@code nexus.catalog.products.v1}, translating the wire
 * records into calls on the copy.
 */
@NullMarked
package nexus.order.catalogcopy.messaging;

import org.jspecify.annotations.NullMarked;
