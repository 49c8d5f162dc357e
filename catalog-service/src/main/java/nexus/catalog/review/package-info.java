/**
 * Reviews: one per user and product, verified when the user bought the product in a
 * confirmed order (the purchase history, learned from order events), and the product's
 * rating they update.
 */
@NullMarked
package nexus.catalog.review;

import org.jspecify.annotations.NullMarked;
