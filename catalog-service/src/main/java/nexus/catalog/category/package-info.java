/**
 * Categories and sub-categories: their rules (names unique, ignoring case; nothing in use
 * is deleted), the application service that changes them, and their cached reads.
 */
@NullMarked
package nexus.catalog.category;

import org.jspecify.annotations.NullMarked;
