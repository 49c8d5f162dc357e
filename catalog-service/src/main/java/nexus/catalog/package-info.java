/**
 * catalog-service: categories, products, their images, stock (each product's inventory
 * and the reservations of orders), reviews and comments. Each feature is a package with
 * its domain and application code, and its {@code web} and {@code messaging} adapters
 * around them; see the module's README.
 */
@NullMarked
package nexus.catalog;

import org.jspecify.annotations.NullMarked;
