/**
 * What catalog-service publishes: {@link nexus.events.catalog.ProductEvent}s on the
 * products topic, which other services copy a product's name, price and availability
 * from, and {@link nexus.events.catalog.StockEvent}s on the stock topic, the answers to
 * an order's reservation. Records only: each checks its own fields, none knows how it is
 * published or consumed.
 */
@NullMarked
package nexus.events.catalog;

import org.jspecify.annotations.NullMarked;
