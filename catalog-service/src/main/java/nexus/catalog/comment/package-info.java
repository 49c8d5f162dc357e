/**
 * Comments on products: who may write them and how they are listed.
 */
@NullMarked
package nexus.catalog.comment;

import org.jspecify.annotations.NullMarked;
