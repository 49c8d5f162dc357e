/**
 * HTTP in: categories and sub-categories, read by anyone, changed by administrators.
 */
@NullMarked
package nexus.catalog.category.web;

import org.jspecify.annotations.NullMarked;
