/**
 * What the catalogue's HTTP adapters share: the {@code ids} filter of batch reads, and
 * which reads are public.
 */
@NullMarked
package nexus.catalog.web;

import org.jspecify.annotations.NullMarked;
