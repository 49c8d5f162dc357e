/**
 * The local copy of catalog-service's products, kept from its events (newer versions win,
 * a deleted product stays known but cannot be ordered), read to price carts and orders.
 * Knows nothing of the wire records: its consumer speaks to it in its own terms.
 */
@NullMarked
package nexus.order.catalogcopy;

import org.jspecify.annotations.NullMarked;
