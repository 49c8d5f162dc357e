/**
 * Carts: one per customer, a quantity per product (1 to 99 a line, a bounded number of
 * lines), priced from the product copy whenever shown, never holding prices of their own.
 * Refusals are the platform's domain exceptions; nothing here knows HTTP.
 */
@NullMarked
package nexus.order.cart;

import org.jspecify.annotations.NullMarked;
