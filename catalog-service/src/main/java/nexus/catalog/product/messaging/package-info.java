/**
 * The catalogue's own product events in, on every instance: they evict what that instance
 * cached of the product.
 */
@NullMarked
package nexus.catalog.product.messaging;

import org.jspecify.annotations.NullMarked;
