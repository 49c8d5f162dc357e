/**
 * Order events in: placed, confirmed and cancelled orders become calls of the stock saga
 * and of the purchase history, each applied once.
 */
@NullMarked
package nexus.catalog.stock.messaging;

import org.jspecify.annotations.NullMarked;
