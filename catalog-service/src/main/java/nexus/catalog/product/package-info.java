/**
 * Products: the {@link nexus.catalog.product.Product} aggregate (catalogue data, images'
 * presence, rating; not its stock, which is its inventory's), the events it registers,
 * the application service administrators change it through, and its reads (plain SQL for
 * the indexes, a cache, the current stock joined in). Refusals are the platform's domain
 * exceptions.
 */
@NullMarked
package nexus.catalog.product;

import org.jspecify.annotations.NullMarked;
