/**
 * Stock: each product's {@link nexus.catalog.stock.Inventory} (available, reserved, sold)
 * and its ledger of adjustments, and the order saga's reservations
 * ({@link nexus.catalog.stock.StockReservation}): every line or none, sold on
 * confirmation, back on cancellation or expiry, never oversold. Both are aggregates that
 * register their events; nothing here knows HTTP or the wire records (ADR 0014).
 */
@NullMarked
package nexus.catalog.stock;

import org.jspecify.annotations.NullMarked;
