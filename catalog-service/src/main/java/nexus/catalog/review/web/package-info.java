/**
 * HTTP in: reviews, read by anyone, written by any signed-in user.
 */
@NullMarked
package nexus.catalog.review.web;

import org.jspecify.annotations.NullMarked;
