/**
 * HTTP in: product search and reads (anyone, with ETags) and administrators' changes
 * (with If-Match).
 */
@NullMarked
package nexus.catalog.product.web;

import org.jspecify.annotations.NullMarked;
