/**
 * Paging without HTTP: {@link nexus.platform.paging.PageQuery}, the validated page a
 * client asked for, and {@link nexus.platform.paging.Listing}, the one page type every
 * application service returns. The web layer reads the first from the query string and
 * writes the second in the API's page shape.
 */
@NullMarked
package nexus.platform.paging;

import org.jspecify.annotations.NullMarked;
