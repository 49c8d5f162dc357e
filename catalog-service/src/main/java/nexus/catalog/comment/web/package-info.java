/**
 * HTTP in: comments, read by anyone, written by any signed-in user.
 */
@NullMarked
package nexus.catalog.comment.web;

import org.jspecify.annotations.NullMarked;
