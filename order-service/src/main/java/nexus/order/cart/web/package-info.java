/**
 * The cart's HTTP adapter: {@code /api/cart} for the calling customer only.
 */
@NullMarked
package nexus.order.cart.web;

import org.jspecify.annotations.NullMarked;
